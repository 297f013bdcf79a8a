using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>A row of the WCC tables: a PCT's scores, or (with no PCT) the regional or national median of each competency.</summary>
public sealed record AssessmentScoreRow(string Name, PctAssessmentRow? Pct, IReadOnlyList<decimal?> Medians)
{
    public static AssessmentScoreRow Of(PctAssessmentRow pct) => new(pct.Name, pct, []);

    /// <summary>A PCT's score (a whole number, or null when not given) or a median (which can fall between two scores).</summary>
    public object? Score(int index) => Pct is { } pct ? pct.Scores[index] : Medians[index];
}

/// <summary>
/// The columns of an SHA's WCC tables, on screen, in files and in the board pack: the heat map
/// (a column a competency of the year) and the movement chart's figures, which share the PCT and mean columns.
/// </summary>
public static class AssessmentScoreColumns
{
    public const string Code = "Code";
    public const string Pct = "PCT";
    public const string Strategy = "Strategy";
    public const string Finance = "Finance";
    public const string Board = "Board";
    public const string Mean = "Mean score";
    public const string Movement = "Movement";

    public static string PreviousMean(FinancialYear year) => $"{Mean} {year.Previous.Label}";

    /// <summary>Every column of the heat map, for the year's competencies.</summary>
    public static TableColumns<AssessmentScoreRow> For(RegionAssessments assessments)
    {
        var columns = new TableColumns<AssessmentScoreRow> { CodeColumn, PctColumn };
        // Number, not Integer: the median rows under the PCTs can fall between two scores (2.5).
        columns.AddRange(assessments.Competencies.Select((c, index) =>
            new TableColumn<AssessmentScoreRow>(Competency(c), CellKind.Number, r => r.Score(index)) { Key = $"c{c.Number}" }));
        columns.AddRange([
            new(Strategy, CellKind.Text, r => r.Pct?.Strategy?.ToString()), new(Finance, CellKind.Text, r => r.Pct?.Finance?.ToString()),
            new(Board, CellKind.Text, r => r.Pct?.Board?.ToString()),
            MeanColumn, PreviousMeanColumn(assessments.Year), MovementColumn,
        ]);
        return columns;
    }

    /// <summary>The movement chart's figures: a PCT's mean before and now, and the change.</summary>
    public static TableColumns<AssessmentScoreRow> Movements(FinancialYear year) =>
        [CodeColumn, PctColumn, PreviousMeanColumn(year), MeanColumn, MovementColumn];

    /// <summary>"C1 Locally lead the NHS": its number first, so a narrow column can show the number alone.</summary>
    public static string Competency(CompetencyHeading competency) => $"C{competency.Number} {competency.Name}";

    /// <summary>The PCTs in the movement chart's order: largest rise first, PCTs with no earlier score last.</summary>
    public static IReadOnlyList<PctAssessmentRow> InMovementOrder(IReadOnlyList<PctAssessmentRow> rows) =>
        [.. BarOrder.LargestFirst(rows.Where(r => r.Movement is not null), r => (double)r.Movement!.Value, r => r.Name), .. rows.Where(r => r.Movement is null)];

    private static readonly TableColumn<AssessmentScoreRow> CodeColumn = new(Code, CellKind.Text, r => r.Pct?.Code) { Under = Pct };

    private static readonly TableColumn<AssessmentScoreRow> PctColumn = new(Pct, CellKind.Text, r => r.Name)
    {
        Link = r => r.Pct is { } pct ? new TableLink(TableSubject.Pct, pct.Code) : null,
    };

    private static readonly TableColumn<AssessmentScoreRow> MeanColumn = new(Mean, CellKind.Number, r => r.Pct?.MeanScore) { Display = r => Score(r.Pct?.MeanScore) };

    private static TableColumn<AssessmentScoreRow> PreviousMeanColumn(FinancialYear year) =>
        new(PreviousMean(year), CellKind.Number, r => r.Pct?.PreviousMeanScore) { Display = r => Score(r.Pct?.PreviousMeanScore) };

    private static readonly TableColumn<AssessmentScoreRow> MovementColumn = new(Movement, CellKind.Number, r => r.Pct?.Movement) { Display = r => Signed(r.Pct?.Movement) };

    /// <summary>2.71: a mean score to two places, as the lens and the pack give it.</summary>
    private static string Score(object? mean) => mean is decimal value ? value.ToString("0.00", CellText.EnGb) : CellText.NoValue;

    /// <summary>+0.25: a change in mean score, signed.</summary>
    private static string Signed(object? change) => change is decimal value ? value.ToString("+0.00;-0.00;0.00", CellText.EnGb) : CellText.NoValue;
}
