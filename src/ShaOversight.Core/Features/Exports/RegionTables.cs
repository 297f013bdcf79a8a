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
}
