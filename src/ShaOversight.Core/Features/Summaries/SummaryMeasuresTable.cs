using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Summaries;

/// <summary>A page's icon summary, ready to show or download: whose it is, its title and its measures.</summary>
public sealed record PageSummary(string SubjectName, string Title, IReadOnlyList<SummaryMeasure> Measures);

/// <summary>
/// The icon summary every page opens with, as one table: the columns are written once here, and
/// each feature declares its own summary (England's, an SHA lens's, a contract's) by saying how
/// its query's result becomes a <see cref="PageSummary"/>.
/// </summary>
public abstract class SummaryMeasuresTable : FeatureTable<PageSummary, SummaryMeasure>
{
    public const string Variation = "Variation";
    public const string Assurance = "Assurance";

    private static readonly TableColumns<SummaryMeasure> Columns = new()
    {
        { "Metric", CellKind.Text, m => m.Metric },
        new("Latest", CellKind.Number, m => Scaled(m.Latest, m.Unit)) { Display = m => Shown(m.Latest, m.Unit) },
        new("Target", CellKind.Number, m => Scaled(m.Target, m.Unit)) { Display = m => Shown(m.Target, m.Unit) },
        new("Unit", CellKind.Text, m => UnitName(m.Unit)) { Under = "Metric" },
        { Variation, CellKind.Text, m => m.Spc is { } spc ? IconWords.Of(spc.Variation) : m.WhyNoIcons },
        { Assurance, CellKind.Text, m => m.Spc is { } spc ? IconWords.Of(spc.Assurance) : null },
    };

    public override TableColumns<SummaryMeasure> ColumnsFor(PageSummary source) => Columns;
    public override string TitleOf(PageSummary source) => source.Title;
    public override string SubjectNameOf(PageSummary source) => source.SubjectName;
    protected override IEnumerable<SummaryMeasure> RowsOf(PageSummary source, TableFilters filters) => source.Measures;

    // Shares are written as percentages, as the page shows them.
    private static decimal? Scaled(decimal? value, MeasureUnit unit) => unit == MeasureUnit.Share ? value * 100 : value;

    /// <summary>A figure in its unit: a share or percentage as a percentage, a score to two places, a multiple with ×.</summary>
    public static string Shown(decimal? value, MeasureUnit unit) => value is not { } v ? CellText.NoValue : unit switch
    {
        MeasureUnit.Share => (v * 100).ToString("0", CellText.EnGb) + "%",
        MeasureUnit.Percent => v.ToString("0", CellText.EnGb) + "%",
        MeasureUnit.Money => CellText.CompactMoney(v),
        MeasureUnit.Score => v.ToString("0.00", CellText.EnGb),
        MeasureUnit.Ratio => CellText.Times(v),
        _ => v.ToString("N0", CellText.EnGb),
    };

    private static string UnitName(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Share or MeasureUnit.Percent => "%",
        MeasureUnit.Money => "£",
        MeasureUnit.Score => "score (1 to 4)",
        MeasureUnit.Ratio => "times",
        _ => "count",
    };
}
