using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Exports;

/// <summary>An SHA's lenses as tables: exactly the figures the SHA page shows, from the same query results.</summary>
public static class RegionTables
{
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

    /// <summary>The heat map and the year-on-year movement chart, as one table a row a PCT.</summary>
    public static TableExport AssessmentScores(RegionAssessments assessments)
    {
        List<ExportColumn> columns = [new("Code", CellKind.Text), new("PCT", CellKind.Text)];
        // Number, not Integer: the median rows under the PCTs can fall between two scores (2.5).
        columns.AddRange(assessments.Competencies.Select(c => new ExportColumn($"C{c.Number} {c.Name}", CellKind.Number)));
        columns.AddRange([
            new("Strategy", CellKind.Text), new("Finance", CellKind.Text), new("Board", CellKind.Text),
            new("Mean score", CellKind.Number), new($"Mean score {assessments.Year.Previous.Label}", CellKind.Number),
            new("Movement", CellKind.Number),
        ]);
        var pcts = assessments.Pcts.Select(p => (IReadOnlyList<object?>)
        [
            p.Code, p.Name, .. p.Scores.Cast<object?>(), p.Strategy?.ToString(), p.Finance?.ToString(), p.Board?.ToString(),
            p.MeanScore, p.PreviousMeanScore, p.Movement,
        ]);
        // The heat map's last two rows, as on the page.
        IReadOnlyList<object?> Median(string name, IReadOnlyList<decimal?> medians) =>
            [null, name, .. medians.Cast<object?>(), null, null, null, null, null, null];
        return new($"{assessments.Sha.Name} WCC {assessments.Year.Label}", columns,
            pcts.Append(Median("Regional median", assessments.RegionMedians)).Append(Median("National median", assessments.NationalMedians)));
    }

    private static TableExport Named(string title, string header, IEnumerable<NamedCount> counts) => new(title,
        [new(header, CellKind.Text), new("Contracts", CellKind.Integer)],
        counts.Select(n => (IReadOnlyList<object?>)[n.Name, n.Contracts]));

    internal static decimal? Percent(decimal? ratio) => ratio * 100;
}
