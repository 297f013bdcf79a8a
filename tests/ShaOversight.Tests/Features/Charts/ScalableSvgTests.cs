using System.Text.RegularExpressions;
using ShaOversight.Core.Features.Charts;

namespace ShaOversight.Tests.Features.Charts;

/// <summary>
/// A chart's SVG text depends only on the chart: drawn twice it is the same, so a page's browser can
/// reuse it (Web's ChartDrawingStore names drawings by their content), and its ids never clash with
/// another chart's on the same page.
/// </summary>
public sealed partial class ScalableSvgTests
{
    private static readonly IReadOnlyList<DateOnly> Months = [.. Enumerable.Range(0, 12).Select(i => new DateOnly(2008, 4, 1).AddMonths(i))];

    private static string Draw(double step) => MonthLineChart.Build(Months,
        [new LineSeries("Validated savings", [.. Months.Select((_, i) => i * step)], LineLook.Measure)],
        "£", ChartFormats.CompactMoney, fontSize: 14).ToSvg(560, 340, "Savings", "Summary");

    [Fact]
    public void The_same_chart_drawn_twice_is_the_same_text()
    {
        var first = Draw(1_000);
        var second = Draw(1_000);

        Assert.NotEmpty(DefinedIds(first));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Every_reference_names_an_id_its_own_drawing_defines_and_two_charts_share_none()
    {
        var savings = Draw(1_000);
        var other = Draw(2_500);

        foreach (var svg in new[] { savings, other })
            Assert.All(References().Matches(svg).Select(m => m.Groups[1].Value), id => Assert.Contains(id, DefinedIds(svg)));
        Assert.Empty(DefinedIds(savings).Intersect(DefinedIds(other)));
    }

    private static HashSet<string> DefinedIds(string svg) => [.. Defined().Matches(svg).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex Defined();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex References();
}
