using System.Globalization;
using ScottPlot;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Charts;

/// <summary>
/// The one definition of an XmR chart as Making Data Count draws it: grey common-cause points,
/// special causes in MDC's colours, dashed grey limits, a solid mean and a red dashed target.
/// The board pack renders it onto the PDF's canvas and the web page as SVG, so screen and paper
/// always agree. Only the text size differs: a page is read at arm's length, paper in the hand.
/// </summary>
public sealed class SpcChart
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private readonly XmrResult _spc;

    public Plot Plot { get; }

    private SpcChart(XmrResult spc, Plot plot) => (_spc, Plot) = (spc, plot);

    /// <param name="valueLabel">The y axis's label, e.g. "% of phased target".</param>
    /// <param name="format">How a value is written on the y axis.</param>
    /// <param name="fontSize">Tick and legend text size, in the units the chart is rendered in.</param>
    public static SpcChart Build(XmrResult spc, string valueLabel, Func<decimal, string> format, float fontSize)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        var xs = spc.Points.Select(p => X(p.Period)).ToArray();
        var series = plot.Add.Scatter(xs, spc.Points.Select(p => (double)p.Value).ToArray());
        series.Color = Color.FromHex(MdcColours.CommonCause);
        series.LineWidth = 1.5f;
        series.MarkerSize = fontSize * 0.55f;
        series.LegendText = "Common cause";
        if (spc.HasLimits && xs.Length > 0)
        {
            Level(plot, xs, spc.Mean.Value, MdcColours.Mean, LinePattern.Solid, "Mean");
            var limits = spc.AreTrialLimits ? "Process limits (trial)" : "Process limits";
            Level(plot, xs, spc.UpperProcessLimit.Value, MdcColours.Limit, LinePattern.Dashed, limits);
            Level(plot, xs, spc.LowerProcessLimit.Value, MdcColours.Limit, LinePattern.Dashed, null);
        }
        if (spc.Target is { } target && xs.Length > 0)
            Level(plot, xs, target, MdcColours.Target, LinePattern.DenselyDashed, "Target");
        foreach (var meaning in new[] { PointMeaning.Improvement, PointMeaning.Concern, PointMeaning.Neutral })
        {
            var points = spc.Points.Where(p => MdcColours.MeaningOf(p, spc.Direction) == meaning).ToList();
            if (points.Count == 0) continue;
            var markers = plot.Add.Markers(points.Select(p => X(p.Period)).ToArray(), points.Select(p => (double)p.Value).ToArray(),
                MarkerShape.FilledCircle, fontSize * 0.8f, Color.FromHex(MdcColours.Of(meaning)));
            markers.LegendText = $"Special cause: {meaning.ToString().ToLowerInvariant()}";
        }

        MonthTicks(plot, spc.Points.Select(p => p.Period).ToList());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => format((decimal)v) };
        plot.YLabel(valueLabel);
        Size(plot, fontSize);
        plot.ShowLegend(Edge.Bottom);
        return new SpcChart(spc, plot);
    }

    /// <summary>
    /// The chart as an SVG element drawn at the given size that scales to its container's width;
    /// afterwards <see cref="PointPixels"/> says where each point was drawn, in the same units.
    /// </summary>
    public string ToSvg(int width, int height) => ScalableSvg.Render(Plot, width, height, "spc-svg");

    /// <summary>Where the last render drew each point, in its pixels, in time order.</summary>
    public IReadOnlyList<(float X, float Y)> PointPixels() =>
        _spc.Points.Select(p => Plot.GetPixel(new Coordinates(X(p.Period), (double)p.Value))).Select(px => (px.X, px.Y)).ToList();

    /// <summary>The plot area of the last render, in its pixels.</summary>
    public (float Left, float Top, float Right, float Bottom) DataArea()
    {
        var area = Plot.RenderManager.LastRender.DataRect;
        return (area.Left, area.Top, area.Right, area.Bottom);
    }

    private static double X(DateOnly month) => month.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static void Level(Plot plot, double[] xs, decimal y, string colour, LinePattern pattern, string? legend)
    {
        var line = plot.Add.ScatterLine(new[] { xs[0], xs[^1] }, new[] { (double)y, (double)y });
        line.Color = Color.FromHex(colour);
        line.LinePattern = pattern;
        line.LineWidth = 1.5f;
        if (legend is not null) line.LegendText = legend;
    }

    /// <summary>A label at every quarter's first month ("Apr 2009"), or every half year on a long series, so labels never crowd.</summary>
    private static void MonthTicks(Plot plot, IReadOnlyList<DateOnly> months)
    {
        if (months.Count == 0) return;
        var step = months.Count > 48 ? 6 : 3;
        var first = new DateOnly(months[0].Year, months[0].Month, 1);
        var ticks = new List<(double, string)>();
        for (var month = first; month <= months[^1]; month = month.AddMonths(1))
        {
            // Quarters of the financial year begin in April, July, October and January.
            if ((month.Month - 4 + 12) % step == 0)
                ticks.Add((X(month), month.ToString("MMM yyyy", EnGb)));
        }
        if (ticks.Count == 0) ticks.Add((X(first), first.ToString("MMM yyyy", EnGb)));
        plot.Axes.Bottom.SetTicks([.. ticks.Select(t => t.Item1)], [.. ticks.Select(t => t.Item2)]);
        var margin = months.Count == 1 ? 20 : 10;
        plot.Axes.SetLimitsX(X(first) - margin, X(months[^1]) + margin);
    }

    private static void Size(Plot plot, float fontSize)
    {
        plot.Axes.Bottom.TickLabelStyle.FontSize = fontSize;
        plot.Axes.Left.TickLabelStyle.FontSize = fontSize;
        plot.Axes.Left.Label.FontSize = fontSize + 1;
        plot.Legend.FontSize = fontSize;
        plot.Legend.FontName = ChartFont.Family;
    }
}

/// <summary>The font every chart draws with: Liberation Sans, metric-compatible with Arial, NHS's fallback font.</summary>
public static class ChartFont
{
    public const string Family = "Liberation Sans";
}
