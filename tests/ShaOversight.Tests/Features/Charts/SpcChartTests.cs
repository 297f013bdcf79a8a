using System.Globalization;
using System.Xml.Linq;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Features.Charts;

/// <summary>The one XmR chart definition, read back from its SVG: what a reader of the page or the pack sees.</summary>
public sealed class SpcChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A steady run with one month far above and one far below the limits.
    private static readonly decimal[] Values = [80, 82, 79, 81, 80, 83, 79, 81, 80, 82, 140, 80, 81, 20, 80];

    private static XmrResult Series(ImprovementDirection direction) =>
        XmrAnalysis.Analyse(Values.Select((v, i) => (new DateOnly(2008, 4, 1).AddMonths(i), v)).ToList(), direction, target: 90);

    private static (XDocument Svg, IReadOnlyList<(float X, float Y)> Pixels) Draw(XmrResult spc)
    {
        var chart = SpcChart.Build(spc, "% of target", v => $"{v:0}%", fontSize: 14);
        var svg = XDocument.Parse(chart.ToSvg(1000, 380));
        return (svg, chart.PointPixels());
    }

    // The marker ScottPlot draws at a point: a filled ellipse centred on the point's pixel.
    private static List<string?> FillsAt(XDocument svg, (float X, float Y) pixel) =>
        svg.Descendants(Svg + "ellipse")
            .Where(e => Math.Abs(Number(e, "cx") - pixel.X) < 0.5 && Math.Abs(Number(e, "cy") - pixel.Y) < 0.5)
            .Select(e => e.Attribute("fill")?.Value.ToUpperInvariant())
            .ToList();

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(ImprovementDirection.Up, MdcColours.Improvement, MdcColours.Concern)]
    [InlineData(ImprovementDirection.Down, MdcColours.Concern, MdcColours.Improvement)]
    [InlineData(ImprovementDirection.Neither, MdcColours.Neutral, MdcColours.Neutral)]
    public void A_special_cause_point_is_drawn_in_its_colour_over_the_grey_of_common_cause(ImprovementDirection direction, string high, string low)
    {
        var spc = Series(direction);
        var (svg, pixels) = Draw(spc);

        Assert.True(spc.Points[10].OutsideLimits && spc.Points[13].OutsideLimits);
        Assert.Contains(high, FillsAt(svg, pixels[10]));
        Assert.Contains(low, FillsAt(svg, pixels[13]));
        Assert.Equal([MdcColours.CommonCause], FillsAt(svg, pixels[0]));
    }

    [Fact]
    public void Limits_are_dashed_grey_the_mean_solid_and_the_target_a_red_dashed_line()
    {
        var (svg, _) = Draw(Series(ImprovementDirection.Up));

        // Skia writes a dashed line as a filled path of many short dashes; a solid line as one stroke.
        var paths = svg.Descendants(Svg + "path").ToList();
        Assert.Equal(2, paths.Count(p => Colour(p, "fill") == MdcColours.Limit && Dashes(p) >= 10));
        Assert.Contains(paths, p => Colour(p, "stroke") == MdcColours.Mean && IsLevel(p));
        Assert.Single(paths, p => Colour(p, "fill") == MdcColours.Target && Dashes(p) >= 10);
    }

    [Fact]
    public void The_svg_scales_to_its_panel_and_labels_every_quarter()
    {
        var (svg, _) = Draw(Series(ImprovementDirection.Up));

        Assert.Equal("0 0 1000 380", svg.Root!.Attribute("viewBox")?.Value);
        Assert.Equal("100%", svg.Root.Attribute("width")?.Value);
        var labels = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Apr 2008", labels);
        Assert.Contains("Jul 2008", labels);
        Assert.Contains("Oct 2008", labels);
        Assert.Contains("Jan 2009", labels);
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.True(Number(t, "font-size") >= 14));
    }

    [Fact]
    public void A_points_details_give_its_month_value_mean_limits_and_the_rules_that_fired()
    {
        var spc = Series(ImprovementDirection.Up);

        var text = SpcPointText.Describe(spc, spc.Points[10], v => $"{v:0.0}%");

        Assert.StartsWith("February 2009: 140.0%.", text);
        Assert.Contains($"Mean {spc.Mean:0.0}%", text);
        Assert.Contains($"process limits {spc.LowerProcessLimit:0.0}% to {spc.UpperProcessLimit:0.0}%", text);
        Assert.Contains("Special cause (improvement), high: outside the process limits", text);
    }

    [Fact]
    public void A_recalculation_breaks_the_limits_into_two_labelled_sets_and_annotations_are_numbered_markers()
    {
        // Fourteen months near 80%, then fourteen near 100% after a recorded change.
        var values = Enumerable.Range(0, 28).Select(i => (i < 14 ? 80m : 100m) + (i % 3 == 0 ? 2 : i % 3 == 1 ? -1 : 1)).ToList();
        var months = values.Select((v, i) => (new DateOnly(2008, 4, 1).AddMonths(i), v)).ToList();
        var recalculated = XmrAnalysis.Analyse(months, ImprovementDirection.Up, 90,
            SpcOptions.Default with { Recalculations = [new LimitRecalculation(months[14].Item1, "Scope widened")] });
        var whole = XmrAnalysis.Analyse(months, ImprovementDirection.Up, 90);

        var chart = SpcChart.Build(recalculated, "% of target", v => $"{v:0}%", 14, [new SpcMarker(months[3].Item1, 1)]);
        var svg = XDocument.Parse(chart.ToSvg(1000, 380));
        var (wholeSvg, _) = Draw(whole);

        int LimitLines(XDocument drawn) => drawn.Descendants(Svg + "path").Count(p => Colour(p, "fill") == MdcColours.Limit && Dashes(p) >= 10);
        Assert.Equal(2, LimitLines(wholeSvg));
        Assert.Equal(4, LimitLines(svg));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Recalculated: Scope widened", texts);
        Assert.Contains("1", texts);
        // Labels are read at the same size as the axes: nothing smaller than 14 at the drawn size.
        Assert.All(svg.Descendants(Svg + "text"), t => Assert.True(Number(t, "font-size") >= 14));

        // A month's details give its own segment's lines, not the latest segment's.
        var early = SpcPointText.Describe(recalculated, recalculated.Points[2], v => $"{v:0.0}%");
        Assert.Contains($"Mean {recalculated.Segments[0].Lines!.Mean:0.0}%", early);
        Assert.NotEqual(recalculated.Segments[0].Lines!.Mean, recalculated.Mean);
    }

    private static string? Colour(XElement path, string attribute) => path.Attribute(attribute)?.Value.ToUpperInvariant();

    private static int Dashes(XElement path) => path.Attribute("d")!.Value.Count(c => c == 'M');

    // A level line is drawn from one x to another at a single y: "Mx yLx y".
    private static bool IsLevel(XElement path)
    {
        var numbers = path.Attribute("d")!.Value.Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries);
        return numbers.Length == 4 && numbers[1] == numbers[3];
    }
}
