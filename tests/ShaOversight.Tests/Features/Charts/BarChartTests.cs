using System.Globalization;
using System.Xml.Linq;
using ScottPlot.Plottables;
using ShaOversight.Core.Features.Charts;

namespace ShaOversight.Tests.Features.Charts;

/// <summary>The one bar chart definition, read back from its SVG and its plot: what a reader of the page or the pack sees.</summary>
public sealed class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly IReadOnlyList<BarItem> Areas = BarOrder.LargestFirst<BarItem>(
        [new("Primary care", 7), new("Acute", 23), new("Mental health", 4), new("Community", 11, IsSelected: true), new("Prescribing", 0)],
        b => b.Value, b => b.Label);

    private static (BarChart Chart, XDocument Svg) Draw(IReadOnlyList<BarItem> bars, (double, double)? scale = null)
    {
        var chart = BarChart.Build(bars, "Contracts", ChartFormats.Number, fontSize: 14, scale);
        var svg = XDocument.Parse(chart.ToSvg(560, BarChart.HeightFor(bars.Count, 14), "Contracts by area", "Five areas."));
        return (chart, svg);
    }

    private static List<string> Texts(XDocument svg) => svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

    // Skia places each text by a translate(x y) and a y offset from it.
    private static double Y(XElement text)
    {
        var translate = text.Attribute("transform")!.Value.Split('(', ' ', ')');
        return double.Parse(translate[2], CultureInfo.InvariantCulture) + double.Parse(text.Attribute("y")!.Value, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Bars_run_largest_first_with_their_names_down_the_axis_in_that_order()
    {
        var (_, svg) = Draw(Areas);

        Assert.Equal(["Acute", "Community", "Primary care", "Mental health", "Prescribing"], Areas.Select(b => b.Label));
        var names = svg.Descendants(Svg + "text")
            .Where(t => Areas.Any(b => t.Value.Trim().EndsWith(b.Label, StringComparison.Ordinal)))
            .OrderBy(Y).Select(t => t.Value.Trim().Replace(BarChart.SelectedMark, "")).ToList();
        Assert.Equal(Areas.Select(b => b.Label), names);
    }

    [Fact]
    public void Every_bar_has_its_value_written_beside_it_and_there_is_no_legend()
    {
        var (chart, svg) = Draw(Areas);

        var values = chart.Plot.GetPlottables<Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(["23", "11", "7", "4", "0"], values);
        Assert.All(values, value => Assert.Contains(value, Texts(svg)));
        Assert.False(chart.Plot.Legend.IsVisible);
    }

    [Fact]
    public void The_chosen_bar_is_told_apart_by_a_mark_a_ring_and_bold_as_well_as_colour()
    {
        var (chart, svg) = Draw(Areas);

        Assert.Contains("► Community", Texts(svg));
        var bars = chart.Plot.GetPlottables<BarPlot>().Single().Bars;
        var chosen = bars[Areas.ToList().FindIndex(b => b.IsSelected)];
        Assert.Equal(NhsChartColours.Highlight, chosen.FillColor.ToHex().ToUpperInvariant()[..7]);
        Assert.True(chosen.LineWidth > 0, "the chosen bar is ringed");
        Assert.All(bars.Where(b => b != chosen), b => Assert.Equal(0, b.LineWidth));
        Assert.True(chart.Plot.GetPlottables<Text>().Single(t => t.LabelText == "11").LabelBold);
    }

    [Fact]
    public void A_chart_fills_with_at_most_four_colours_all_from_the_nhs_palette()
    {
        var (_, svg) = Draw(Areas);

        var colours = svg.Descendants().Select(e => e.Attribute("fill")?.Value ?? e.Attribute("stroke")?.Value)
            .OfType<string>().Select(c => c.ToUpperInvariant())
            .Where(c => c.StartsWith('#') && c != "#FFFFFF" && c != NhsChartColours.Grid).Distinct().ToList();
        Assert.InRange(colours.Count, 1, 4);
        Assert.All(colours, c => Assert.Contains(c, NhsChartColours.Palette.Concat(["#000000"])));
    }

    [Fact]
    public void The_value_axis_steps_are_round_and_counts_have_whole_number_ticks()
    {
        var (chart, _) = Draw(Areas);

        var ticks = chart.Plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Position).Order().ToList();
        Assert.True(ticks.Count >= 3, $"{ticks.Count} ticks");
        Assert.All(ticks, t => Assert.Equal(Math.Round(t), t));
        Assert.True(RoundSteps.IsRound(ticks[1] - ticks[0]), $"step {ticks[1] - ticks[0]}");
    }

    [Fact]
    public void A_fixed_scale_labels_every_score()
    {
        var (chart, _) = Draw([new("1. Locally lead the NHS", 3), new("2. Work with community partners", 2)], scale: (0, 4));

        Assert.Equal(["0", "1", "2", "3", "4"], chart.Plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Negative_changes_run_left_of_a_zero_line_with_their_sign()
    {
        var chart = BarChart.Build([new("Brent", 0.3), new("Ealing", -0.25)], "Change in mean score", ChartFormats.Signed, 14);

        Assert.Equal(["+0.3", "-0.25"], chart.Plot.GetPlottables<Text>().Select(t => t.LabelText));
        Assert.Single(chart.Plot.GetPlottables<VerticalLine>());
    }

    [Fact]
    public void The_svg_is_an_image_named_by_its_title_and_described_by_its_summary()
    {
        var (_, svg) = Draw(Areas);

        var root = svg.Root!;
        Assert.Equal("img", root.Attribute("role")!.Value);
        var ids = root.Attribute("aria-labelledby")!.Value.Split(' ');
        Assert.Equal("Contracts by area", svg.Descendants(Svg + "title").Single(t => t.Attribute("id")!.Value == ids[0]).Value);
        Assert.Equal("Five areas.", svg.Descendants(Svg + "desc").Single(t => t.Attribute("id")!.Value == ids[1]).Value);
        Assert.Equal("0 0 560 " + BarChart.HeightFor(5, 14), root.Attribute("viewBox")!.Value);
    }
}

/// <summary>A round step: 1, 2, 2.5 or 5 times a power of ten.</summary>
internal static class RoundSteps
{
    public static bool IsRound(double step)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(step)));
        var mantissa = Math.Round(step / power, 6);
        return mantissa is 1 or 2 or 2.5 or 5 or 10;
    }
}
