using ShaOversight.Core.Features.Charts;
using System.Security;
using ScottPlot;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>One unit on a funnel chart: where it is, and whether the viewer's own.</summary>
/// <param name="Href">Where choosing the point drills to; the table beside the chart carries the same link for keyboards.</param>
public sealed record FunnelChartPoint(string Label, double Denominator, double Value, FunnelPosition Position, bool Highlighted = false, string? Href = null);

/// <summary>
/// A funnel plot drawn by ScottPlot as SVG: the target as a solid line, 95% limits dashed, 99.8% dotted,
/// units inside the funnel grey and those outside it orange, as public-health funnels are read.
/// </summary>
public static class FunnelChart
{
    private static readonly Color Inside = Color.FromHex("#768692");
    private static readonly Color Outside = Color.FromHex("#ED8B00");
    private static readonly Color Own = Color.FromHex("#005EB8");
    private static readonly Color Ink = Color.FromHex("#231F20");

    public static string Svg(double target, IReadOnlyList<FunnelLimits> curve, IReadOnlyList<FunnelChartPoint> points,
        string xLabel, string yLabel, int width = 720, int height = 420, bool asPercent = true)
    {
        var plot = new Plot();
        var xs = curve.Select(l => l.Denominator).ToArray();
        Line(plot, xs, curve.Select(l => l.Lower998).ToArray(), LinePattern.Dotted, "99.8% limits");
        Line(plot, xs, curve.Select(l => l.Upper998).ToArray(), LinePattern.Dotted, null);
        Line(plot, xs, curve.Select(l => l.Lower95).ToArray(), LinePattern.Dashed, "95% limits");
        Line(plot, xs, curve.Select(l => l.Upper95).ToArray(), LinePattern.Dashed, null);
        Line(plot, [xs.FirstOrDefault(), xs.LastOrDefault()], [target, target], LinePattern.Solid, asPercent ? $"Target {target:0.0%}" : $"Target {target:0.###}");

        foreach (var group in points.GroupBy(p => (p.Highlighted, p.Position.IsOutside())))
        {
            var markers = plot.Add.Markers(group.Select(p => p.Denominator).ToArray(), group.Select(p => p.Value).ToArray(),
                group.Key.Highlighted ? MarkerShape.FilledDiamond : MarkerShape.FilledCircle, group.Key.Highlighted ? 10 : 7,
                group.Key.Highlighted ? Own : group.Key.Item2 ? Outside : Inside);
            markers.LegendText = group.Key.Highlighted ? "Yours" : group.Key.Item2 ? "Outside the 95% limits" : "Within the limits";
        }
        foreach (var point in points.Where(p => p.Position.IsOutside() || p.Highlighted))
        {
            var label = plot.Add.Text(point.Label, point.Denominator, point.Value);
            label.LabelFontSize = 10;
            label.OffsetX = 6;
        }

        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        if (asPercent)
        {
            plot.Axes.SetLimitsY(0, 1);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => $"{v:0%}" };
        }
        plot.ShowLegend(Alignment.LowerRight);
        var svg = ScalableSvg.Render(plot, width, height, "funnel-svg");
        return WithLinks(svg, plot, points);
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

    private static void Line(Plot plot, double[] xs, double[] ys, LinePattern pattern, string? legend)
    {
        var line = plot.Add.ScatterLine(xs, ys);
        line.Color = Ink;
        line.LinePattern = pattern;
        line.LineWidth = 1;
        if (legend is not null) line.LegendText = legend;
    }
}
