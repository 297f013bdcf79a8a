using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Uptake;
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

    public static TableExport UptakePipeline(RegionUptake uptake) => new($"{uptake.Sha.Name} FESC pipeline",
        [new("Stage", CellKind.Text), new("Buyers", CellKind.Integer)],
        uptake.Pipeline.Select(s => (IReadOnlyList<object?>)[FescStageNames.Of(s.Stage), s.Buyers]));

    /// <summary>Behind the uptake trend chart: the running share each month. It is cumulative, so it has no SPC columns (docs/spc.md).</summary>
    public static TableExport UptakeTrend(RegionUptake uptake) => new($"{uptake.Sha.Name} FESC uptake over time",
        [new("Month", CellKind.Date), new("PCTs with a contract awarded", CellKind.Integer), new("PCTs with a contract awarded (%)", CellKind.Number)],
        uptake.OverTime.Select(p => (IReadOnlyList<object?>)[p.Month, p.PctsWithContractAwarded, Percent(p.Share)]));

    public static TableExport UptakeBuyers(RegionUptake uptake) => new($"{uptake.Sha.Name} FESC buyers",
        [
            new("Code", CellKind.Text), new("Buyer", CellKind.Text), new("Stage", CellKind.Text), new("In stage since", CellKind.Date),
            new("Days in stage", CellKind.Integer), new("Stalled", CellKind.YesNo),
        ],
        uptake.Buyers.Select(b => (IReadOnlyList<object?>)[b.Code, b.Name, FescStageNames.Of(b.Stage), b.Since, b.DaysInStage, b.IsStalled]));

    public static TableExport UptakeByList(RegionUptake uptake) => Named($"{uptake.Sha.Name} contracts by FESC list", "FESC list", uptake.ByList);

    public static TableExport UptakeByServiceArea(RegionUptake uptake) =>
        Named($"{uptake.Sha.Name} contracts by service area", "Service area", uptake.ByServiceArea);

    private static TableExport Named(string title, string header, IEnumerable<NamedCount> counts) => new(title,
        [new(header, CellKind.Text), new("Contracts", CellKind.Integer)],
        counts.Select(n => (IReadOnlyList<object?>)[n.Name, n.Contracts]));

    internal static decimal? Percent(decimal? ratio) => ratio * 100;
}
