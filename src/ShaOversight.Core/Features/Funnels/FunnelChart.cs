using ShaOversight.Core.Features.Charts;
using System.Security;
using ScottPlot;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>One unit on a funnel chart: where it is, and whether the viewer's own (or in the viewer's region).</summary>
/// <param name="Href">Where choosing the point drills to; the table beside the chart carries the same link for keyboards.</param>
public sealed record FunnelChartPoint(
    string Label, double Denominator, double Value, FunnelPosition Position, bool Highlighted = false, string? Href = null, bool InViewersRegion = false);

/// <summary>How the value axis reads: a share from 0 to 100%, a ratio as a percentage from 0 up, or a score from 0 to 100.</summary>
public enum FunnelScale
{
    Share,
    Ratio,
    Score,
}

/// <summary>What a funnel chart draws. <see cref="LabelOutside"/> off names only the viewer's own point; the table names the rest.</summary>
public sealed record FunnelChartSpec(double Target, IReadOnlyList<FunnelLimits> Curve, IReadOnlyList<FunnelChartPoint> Points, string XLabel, string YLabel)
{
    public FunnelScale Scale { get; init; } = FunnelScale.Share;
    public bool LabelOutside { get; init; } = true;
    public string TargetName { get; init; } = "Target";
}

/// <summary>
/// A funnel plot drawn by ScottPlot, as SVG for a page or onto a PDF canvas: the target as a solid line, 95% limits
/// dashed, 99.8% dotted, units inside the funnel grey and those outside it orange, as public-health funnels are read;
/// the viewer's own a blue diamond, their region's pale blue.
/// </summary>
public static class FunnelChart
{
    private static readonly Color Inside = Color.FromHex("#768692");
    private static readonly Color Outside = Color.FromHex("#ED8B00");
    private static readonly Color Own = Color.FromHex("#005EB8");
    private static readonly Color Region = Color.FromHex("#41B6E6");
    private static readonly Color Ink = Color.FromHex("#231F20");

    /// <summary>Labels closer than this (in pixels) are moved apart, with a leader line back to their point.</summary>
    private const float LabelSpacing = 13;

    public static string Svg(double target, IReadOnlyList<FunnelLimits> curve, IReadOnlyList<FunnelChartPoint> points,
        string xLabel, string yLabel, int width = 720, int height = 420) =>
        Svg(new FunnelChartSpec(target, curve, points, xLabel, yLabel), width, height);

    public static string Svg(FunnelChartSpec spec, int width = 720, int height = 420)
    {
        var plot = Build(spec, width, height);
        var svg = ScalableSvg.Render(plot, width, height, "funnel-svg");
        return WithLinks(svg, plot, spec.Points);
    }

    /// <summary>The plot, laid out for <paramref name="width"/> × <paramref name="height"/> so its labels do not overlap there.</summary>
    public static Plot Build(FunnelChartSpec spec, int width, int height, float fontSize = 10)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Legend.FontName = ChartFont.Family;
        plot.Legend.FontSize = fontSize;
        var xs = spec.Curve.Select(l => l.Denominator).ToArray();
        // A caterpillar's limits belong to each ranked unit: steps, not a slope from one unit's limits to the next.
        var steps = spec.Scale == FunnelScale.Score;
        Line(plot, xs, spec.Curve.Select(l => l.Lower998).ToArray(), LinePattern.Dotted, "99.8% limits", steps);
        Line(plot, xs, spec.Curve.Select(l => l.Upper998).ToArray(), LinePattern.Dotted, null, steps);
        Line(plot, xs, spec.Curve.Select(l => l.Lower95).ToArray(), LinePattern.Dashed, "95% limits", steps);
        Line(plot, xs, spec.Curve.Select(l => l.Upper95).ToArray(), LinePattern.Dashed, null, steps);
        Line(plot, [xs.FirstOrDefault(), xs.LastOrDefault()], [spec.Target, spec.Target], LinePattern.Solid, $"{spec.TargetName} {Format(spec.Scale, spec.Target)}");

        // Drawn in this order so the viewer's own points sit on top of the rest.
        foreach (var group in spec.Points.GroupBy(Kind).OrderBy(g => g.Key))
        {
            var markers = plot.Add.Markers(group.Select(p => p.Denominator).ToArray(), group.Select(p => p.Value).ToArray(),
                group.Key == PointKind.Own ? MarkerShape.FilledDiamond : MarkerShape.FilledCircle, group.Key == PointKind.Own ? 10 : 7,
                group.Key switch { PointKind.Own => Own, PointKind.Region => Region, PointKind.Outside => Outside, _ => Inside });
            markers.LegendText = group.Key switch
            {
                PointKind.Own => "Yours",
                PointKind.Region => "Your region's",
                PointKind.Outside => "Outside the 95% limits",
                _ => "Within the limits",
            };
        }

        plot.XLabel(spec.XLabel);
        plot.YLabel(spec.YLabel);
        plot.Axes.Bottom.Label.FontSize = fontSize + 1;
        plot.Axes.Left.Label.FontSize = fontSize + 1;
        plot.Axes.Bottom.TickLabelStyle.FontSize = fontSize;
        plot.Axes.Left.TickLabelStyle.FontSize = fontSize;
        switch (spec.Scale)
        {
            // A little room beyond each end, so a unit at 0% or 100% is drawn whole.
            case FunnelScale.Share: plot.Axes.SetLimitsY(-0.02, 1.04); break;
            case FunnelScale.Score: plot.Axes.SetLimitsY(-2, 104); break;
            default: plot.Axes.SetLimitsY(0, Math.Max(spec.Target * 2, spec.Points.Select(p => p.Value).DefaultIfEmpty(1).Max() * 1.1)); break;
        }
        if (spec.Scale != FunnelScale.Score)
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => $"{v:0%}" };
        plot.ShowLegend(Alignment.LowerRight);
        Label(plot, spec, width, height, fontSize);
        return plot;
    }

    private enum PointKind { Inside, Outside, Region, Own }

    private static PointKind Kind(FunnelChartPoint point) =>
        point.Highlighted ? PointKind.Own : point.InViewersRegion ? PointKind.Region : point.Position.IsOutside() ? PointKind.Outside : PointKind.Inside;

    /// <summary>
    /// Names the points worth naming, stacked top to bottom at least <see cref="LabelSpacing"/> apart: several SHAs near
    /// 100% would otherwise print over one another. A label moved from its point gets a thin leader line back to it.
    /// Labels sit right of their point, or left of it in the plot's right third.
    /// </summary>
    private static void Label(Plot plot, FunnelChartSpec spec, int width, int height, float fontSize)
    {
        var named = spec.Points.Where(p => p.Highlighted || spec.LabelOutside && p.Position.IsOutside()).ToList();
        if (named.Count == 0) return;
        plot.RenderInMemory(width, height); // lays the axes out, so data can be turned into pixels
        var data = plot.RenderManager.LastRender.DataRect;
        var placed = float.MinValue;
        foreach (var (point, pixel) in named.Select(p => (p, plot.GetPixel(new Coordinates(p.Denominator, p.Value)))).OrderBy(x => x.Item2.Y))
        {
            var y = Math.Max(Math.Max(pixel.Y, data.Top + LabelSpacing / 2), placed + LabelSpacing);
            placed = y;
            var leftward = pixel.X > data.Left + data.Width * 2 / 3;
            var label = plot.Add.Text(point.Label, point.Denominator, point.Value);
            label.LabelFontSize = fontSize;
            label.LabelFontName = ChartFont.Family;
            label.LabelAlignment = leftward ? Alignment.MiddleRight : Alignment.MiddleLeft;
            label.OffsetX = leftward ? -8 : 8;
            label.OffsetY = y - pixel.Y;
            if (y - pixel.Y > 3)
            {
                var end = plot.GetCoordinates(new Pixel(pixel.X + (leftward ? -6 : 6), y));
                var leader = plot.Add.Line(point.Denominator, point.Value, end.X, end.Y);
                leader.Color = Inside;
                leader.LineWidth = 0.5f;
            }
        }
    }

    /// <summary>
    /// A transparent circle over each point that drills, linked to its page, placed where the render put the point.
    /// They are out of the tab order: the table beside the chart holds the same links for keyboards.
    /// </summary>
    private static string WithLinks(string svg, Plot plot, IReadOnlyList<FunnelChartPoint> points)
    {
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        if (end < 0 || points.All(p => p.Href is null)) return svg;
        var links = string.Concat(points.Where(p => p.Href is not null).Select(p =>
        {
            var pixel = plot.GetPixel(new Coordinates(p.Denominator, p.Value));
            return FormattableString.Invariant(
                $"<a class=\"funnel-point\" href=\"{SecurityElement.Escape(p.Href)}\" tabindex=\"-1\" data-label=\"{SecurityElement.Escape(p.Label)}\"><circle cx=\"{pixel.X:0.#}\" cy=\"{pixel.Y:0.#}\" r=\"9\" fill=\"transparent\"><title>{SecurityElement.Escape(p.Label)}</title></circle></a>");
        }));
        return svg[..end] + links + svg[end..];
    }

    private static string Format(FunnelScale scale, double value) =>
        scale == FunnelScale.Score ? value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : $"{value:0.0%}";

    private static void Line(Plot plot, double[] xs, double[] ys, LinePattern pattern, string? legend, bool steps = false)
    {
        var line = plot.Add.ScatterLine(xs, ys);
        if (steps) line.ConnectStyle = ConnectStyle.StepVertical;
        line.Color = Ink;
        line.LinePattern = pattern;
        line.LineWidth = 1;
        if (legend is not null) line.LegendText = legend;
    }
}
