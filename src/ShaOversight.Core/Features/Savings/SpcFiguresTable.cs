using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>A savings achievement chart as a table's source: whose chart it is, its XmR result and its notes.</summary>
/// <param name="Of">Whose chart, in the title: "NHS London", "FESC-5AT-001".</param>
/// <param name="SubjectName">Whose chart, in the file's name: "NHS London", "contract-FESC-5AT-001".</param>
public sealed record SpcFigures(string Of, string SubjectName, XmrResult Spc, SeriesNotes Notes);

/// <summary>One month of an XmR chart, read against its own segment's lines (after a recalculation they differ).</summary>
public sealed record SpcFigureRow(XmrPoint Point, XmrSegment? Segment, XmrResult Spc, SeriesNotes Notes)
{
    public XmrLines? Lines => Segment?.Lines;

    public static IEnumerable<SpcFigureRow> Of(XmrResult spc, SeriesNotes notes) =>
        spc.Points.Select(p => new SpcFigureRow(p, spc.Segments.Count > p.Segment ? spc.Segments[p.Segment] : null, spc, notes));
}

/// <summary>
/// The figures behind every savings achievement XmR chart (an SHA's, a PCT's, a contract's), defined once:
/// on screen under the chart, in its download and in <c>shao export</c>. The measure is a percentage of the
/// month's phased target, so its lines are percentages too. It lives with savings because every XmR chart
/// with figures is a savings one (docs/spc.md); the SPC engine (Core/Spc) stays free of tables.
/// </summary>
public abstract class SpcFiguresTable : FeatureTable<SpcFigures, SpcFigureRow>
{
    /// <summary>The savings charts' measure, as every download heads it.</summary>
    public const string AchievementHeader = "Validated as % of the month's phased target";
    public const string Month = "Month";
    public const string SpecialCause = "Special cause";
    public const string Recalculated = "Limits recalculated because";

    public static readonly TableColumns<SpcFigureRow> Columns = new()
    {
        new(Month, CellKind.Date, r => r.Point.Period) { Display = r => CellText.Month(r.Point.Period) },
        { AchievementHeader, CellKind.Percent, r => r.Point.Value },
        { "Moving range", CellKind.Percent, r => r.Point.MovingRange },
        { "Mean", CellKind.Percent, r => r.Lines?.Mean },
        { "Lower process limit", CellKind.Percent, r => r.Lines?.LowerProcessLimit },
        { "Upper process limit", CellKind.Percent, r => r.Lines?.UpperProcessLimit },
        new("Lower two-thirds line", CellKind.Percent, r => r.Lines?.LowerTwoThirds) { Under = "Lower process limit" },
        new("Upper two-thirds line", CellKind.Percent, r => r.Lines?.UpperTwoThirds) { Under = "Upper process limit" },
        new("Trial limits", CellKind.YesNo, r => r.Segment?.AreTrialLimits ?? false) { Under = "Mean" },
        new("Outside limits", CellKind.YesNo, r => r.Point.OutsideLimits) { Under = SpecialCause },
        new("Shift (7 one side)", CellKind.YesNo, r => r.Point.InShift) { Under = SpecialCause },
        new("Trend (7 rising or falling)", CellKind.YesNo, r => r.Point.InTrend) { Under = SpecialCause },
        new("Two of three near a limit", CellKind.YesNo, r => r.Point.InTwoOfThree) { Under = SpecialCause },
        { SpecialCause, CellKind.Text, r => SideWords(r.Point.SpecialCauseSide) },
        { "Target", CellKind.Percent, r => r.Spc.Target },
        new("Variation icon", CellKind.Text, r => IconWords.Of(r.Spc.Variation)) { Under = "Target" },
        new("Assurance icon", CellKind.Text, r => IconWords.Of(r.Spc.Assurance)) { Under = "Target" },
        // Added after the columns earlier downloads had, so spreadsheets built on those still line up.
        new("Segment", CellKind.Integer, r => r.Point.Segment + 1) { Under = "Mean" },
        { Recalculated, CellKind.Text, r => r.Segment?.Start == r.Point.Period ? r.Segment.Reason : null },
        new("Annotations", CellKind.Text, r => r.Notes.AnnotationsOn(r.Point.Period)) { Under = Recalculated },
    };

    public override TableColumns<SpcFigureRow> ColumnsFor(SpcFigures source) => Columns;
    public override string TitleOf(SpcFigures source) => $"{source.Of} validated savings against target SPC";
    public override string SubjectNameOf(SpcFigures source) => source.SubjectName;
    protected override IEnumerable<SpcFigureRow> RowsOf(SpcFigures source, TableFilters filters) => SpcFigureRow.Of(source.Spc, source.Notes);

    private static string SideWords(SpecialCauseSide side) => side switch
    {
        SpecialCauseSide.High => "High",
        SpecialCauseSide.Low => "Low",
        _ => "None",
    };
}

/// <summary>An SHA's savings achievement chart's figures.</summary>
public sealed class SavingsSpcTable : SpcFiguresTable
{
    public override string Key => "savings-spc";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's XmR chart of validated savings as a % of each month's phased target, with SPC columns.";

    public static SpcFigures Of(RegionSavings savings) => new(savings.Sha.Name, savings.Sha.Name, savings.AchievementSpc, savings.AchievementNotes);

    public override async ValueTask<SpcFigures> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetRegionSavings(request.Sha ?? "", request.AsAt), cancellationToken));
}
