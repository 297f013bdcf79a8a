using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Spc;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Components.Spc;

/// <summary>A line of a lens's icon summary as shown. Without a monthly series there are no icons, and the row says why.</summary>
public sealed record IconSummaryRow(string Metric, string Latest, string Target, XmrResult? Spc, string? WhyNoIcons = null)
{
    /// <summary>A summary measure (built in Core, shared with its download) written as the page shows it.</summary>
    public static IconSummaryRow From(SummaryMeasure measure) =>
        new(measure.Metric, Show(measure.Latest, measure.Unit), Show(measure.Target, measure.Unit), measure.Spc, measure.WhyNoIcons);

    public static IReadOnlyList<IconSummaryRow> From(IEnumerable<SummaryMeasure> measures) => measures.Select(From).ToList();

    private static string Show(decimal? value, MeasureUnit unit) => value is not { } v ? Formats.NoValue : unit switch
    {
        MeasureUnit.Share => Formats.Percent(v),
        MeasureUnit.Percent => Formats.Percent(v / 100),
        MeasureUnit.Money => Formats.Money(v),
        MeasureUnit.Score => Formats.Score(v),
        MeasureUnit.Ratio => Formats.Ratio(v),
        _ => v.ToString("N0", Formats.EnGb),
    };
}
