using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// The savings XmR chart: each month's validated savings as a percentage of that month's phased
/// target. Raw pounds rise as contracts go live and as each contract's target ramps up over its
/// first months, so an XmR of pounds flags growth in the portfolio as special cause. The share of
/// the month's own target stays comparable month to month as contracts start and end; see
/// docs/spc.md, "Measures by chart".
/// </summary>
public static class SavingsSpc
{
    /// <summary>Each month meeting its phased target in full is the target: 100%.</summary>
    public const decimal TargetPercent = 100m;

    /// <summary>
    /// Months still awaiting validation are left out: a part-validated month would read as a
    /// fall. So are months with no returns yet, and months with no phased target to divide by.
    /// </summary>
    /// <param name="options">The series' recorded recalculations, if any (<see cref="SpcNotes.SeriesNotes.Options"/>).</param>
    public static XmrResult OfAchievement(IReadOnlyList<SavingsMonth> months, SpcOptions? options = null) =>
        Analyse(months.Where(m => m.ReturnsAwaitingValidation == 0 && (m.Validated != 0 || m.Claimed != 0))
            .Select(m => (m.Month, m.Validated, m.Target)).ToList(), options);

    /// <summary>Validated as a percentage of target for each month that has a target; higher is better.</summary>
    public static XmrResult Analyse(IReadOnlyList<(DateOnly Month, decimal Validated, decimal Target)> months, SpcOptions? options = null)
    {
        var shares = months.Where(m => m.Target > 0).Select(m => (m.Month, TargetPercent * m.Validated / m.Target)).ToList();
        return XmrAnalysis.Analyse(shares, ImprovementDirection.Up, shares.Count == 0 ? null : TargetPercent, options);
    }
}
