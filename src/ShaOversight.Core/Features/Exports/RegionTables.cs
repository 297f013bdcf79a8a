using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Exports;

/// <summary>An SHA's lenses as tables: exactly the figures the SHA page shows, from the same query results.</summary>
public static class RegionTables
{
    /// <summary>Behind both monthly savings charts (cumulative, and claimed against validated).</summary>
    public static TableExport SavingsMonths(RegionSavings savings) => new($"{savings.Sha.Name} savings by month",
        [
            new("Month", CellKind.Date), new("Phased target (£)", CellKind.Money), new("Claimed (£)", CellKind.Money),
            new("Validated (£)", CellKind.Money), new("Claimed not validated (£)", CellKind.Money),
            new("Returns awaiting validation", CellKind.Integer),
            new("Cumulative target (£)", CellKind.Money), new("Cumulative validated (£)", CellKind.Money),
        ],
        savings.Months.Select(m => (IReadOnlyList<object?>)
            [m.Month, m.Target, m.Claimed, m.Validated, m.Gap, m.ReturnsAwaitingValidation, m.CumulativeTarget, m.CumulativeValidated]));

    public static TableExport SavingsSpc(RegionSavings savings) =>
        SpcTable.From($"{savings.Sha.Name} validated savings against target SPC", SpcTable.AchievementHeader, CellKind.Number, savings.AchievementSpc,
            savings.AchievementNotes);

    /// <summary>The SPC summary matrix: a row a contract, its latest validated month and icons in words.</summary>
    public static TableExport SpcMatrix(RegionSpcMatrix matrix) => new($"{matrix.Sha.Name} SPC summary by contract",
        [
            new("Reference", CellKind.Text), new("Buyer", CellKind.Text), new("Latest validated month", CellKind.Date),
            new(SpcTable.AchievementHeader, CellKind.Number), new("Target (%)", CellKind.Number),
            new("Variation icon", CellKind.Text), new("Assurance icon", CellKind.Text), new("Trial limits", CellKind.YesNo),
        ],
        matrix.Rows.Select(r => (IReadOnlyList<object?>)
            [r.Reference, r.BuyerName, r.LatestMonth, r.Latest, r.Target, IconWords.Of(r.Variation), IconWords.Of(r.Assurance), r.AreTrialLimits]));
}
