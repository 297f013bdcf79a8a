using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Savings;

/// <summary>Monthly validated savings as an XmR chart: higher is better, judged against the latest month's phased target.</summary>
public static class SavingsSpc
{
    /// <summary>Months still awaiting validation are left out: a part-validated month would read as a fall.</summary>
    public static XmrResult OfValidated(IReadOnlyList<SavingsMonth> months) =>
        Analyse(months.Where(m => m.ReturnsAwaitingValidation == 0 && (m.Validated != 0 || m.Claimed != 0))
            .Select(m => (m.Month, m.Validated, m.Target)).ToList());

    public static XmrResult Analyse(IReadOnlyList<(DateOnly Month, decimal Validated, decimal Target)> months) =>
        XmrAnalysis.Analyse(
            months.Select(m => (m.Month, m.Validated)).ToList(),
            ImprovementDirection.Up,
            months.Count == 0 ? null : months[^1].Target);
}
