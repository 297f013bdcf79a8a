using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Exports;

/// <summary>
/// A page's icon summary as a table: the same measures the page shows (from
/// <see cref="IconSummaries"/>), with numbers left as numbers and the icons in words.
/// </summary>
public static class SummaryTable
{
    public static TableExport From(string title, IReadOnlyList<SummaryMeasure> measures) => new(title,
        [
            new("Metric", CellKind.Text), new("Latest", CellKind.Number), new("Target", CellKind.Number), new("Unit", CellKind.Text),
            new("Variation", CellKind.Text), new("Assurance", CellKind.Text),
        ],
        measures.Select(m => (IReadOnlyList<object?>)
        [
            m.Metric, Scaled(m.Latest, m.Unit), Scaled(m.Target, m.Unit), UnitName(m.Unit),
            m.Spc is { } spc ? IconWords.Of(spc.Variation) : m.WhyNoIcons,
            m.Spc is { } spc2 ? IconWords.Of(spc2.Assurance) : null,
        ]));

    // Shares are written as percentages, as the page shows them.
    private static decimal? Scaled(decimal? value, MeasureUnit unit) => unit == MeasureUnit.Share ? value * 100 : value;

    private static string UnitName(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Share or MeasureUnit.Percent => "%",
        MeasureUnit.Money => "£",
        MeasureUnit.Score => "score (1 to 4)",
        MeasureUnit.Ratio => "times",
        _ => "count",
    };
}
