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
    /// <param name="annotations">Annotations' numbered markers, listed with their text under the chart.</param>
    public static SpcChart Build(XmrResult spc, string valueLabel, Func<decimal, string> format, float fontSize, IReadOnlyList<SpcMarker>? annotations = null)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        var xs = spc.Points.Select(p => X(p.Period)).ToArray();
        var series = plot.Add.Scatter(xs, spc.Points.Select(p => (double)p.Value).ToArray());
        series.Color = Color.FromHex(MdcColours.CommonCause);
        series.LineWidth = 1.5f;
        series.MarkerSize = fontSize * 0.55f;
        series.LegendText = "Common cause";
        SegmentLines(plot, spc, fontSize);
        if (spc.Target is { } target && xs.Length > 0)
            Level(plot, xs, target, MdcColours.Target, LinePattern.DenselyDashed, "Target");
        foreach (var meaning in new[] { PointMeaning.Improvement, PointMeaning.Concern, PointMeaning.Neutral })
        {
            var points = spc.Points.Where(p => MdcColours.MeaningOf(p, spc.Direction) == meaning).ToList();
            if (points.Count == 0) continue;
            var special = plot.Add.Markers(points.Select(p => X(p.Period)).ToArray(), points.Select(p => (double)p.Value).ToArray(),
                MarkerShape.FilledCircle, fontSize * 0.8f, Color.FromHex(MdcColours.Of(meaning)));
            special.LegendText = $"Special cause: {meaning.ToString().ToLowerInvariant()}";
        }

        Markers(plot, spc, annotations ?? [], fontSize);
        // Headroom above the highest point for the labels, so none covers a point or leaves the plot.
        if (annotations is { Count: > 0 } || spc.Segments.Any(s => s.Reason is not null))
        {
            var (low, high) = Range(spc);
            plot.Axes.SetLimitsY(low - (high - low) * 0.08, high + (high - low) * LabelHeadroom);
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

    /// <summary>
    /// Each segment's own mean and limits, over its own months only, so a recalculation shows as a
    /// break in the lines, marked and labelled with its reason where the new segment starts.
    /// </summary>
    private static void SegmentLines(Plot plot, XmrResult spc, float fontSize)
    {
        var legendDone = false;
        foreach (var segment in spc.Segments)
        {
            var xs = spc.Points.Where(p => p.Segment == segment.Index).Select(p => X(p.Period)).ToArray();
            if (xs.Length == 0) continue;
            if (segment.Index > 0 || segment.Reason is not null) Break(plot, spc, segment, xs[0], fontSize);
            if (segment.Lines is not { } lines) continue;
            var limits = segment.AreTrialLimits ? "Process limits (trial)" : "Process limits";
            Level(plot, xs, lines.Mean, MdcColours.Mean, LinePattern.Solid, legendDone ? null : "Mean");
            Level(plot, xs, lines.UpperProcessLimit, MdcColours.Limit, LinePattern.Dashed, legendDone ? null : limits);
            Level(plot, xs, lines.LowerProcessLimit, MdcColours.Limit, LinePattern.Dashed, null);
            legendDone = true;
        }
    }

    /// <summary>A dotted upright half a month before the segment's first point, headed by "Recalculated: reason".</summary>
    private static void Break(Plot plot, XmrResult spc, XmrSegment segment, double firstX, float fontSize)
    {
        var x = segment.Index == 0 ? firstX : firstX - 15;
        var rule = plot.Add.VerticalLine(x, 1, Color.FromHex(MdcColours.Mean), LinePattern.Dotted);
        rule.ExcludeFromLegend = true;
        var reason = segment.Reason is { Length: > 40 } longReason ? longReason[..39] + "…" : segment.Reason;
        var (low, high) = Range(spc);
        var label = plot.Add.Text(reason is null ? "Limits recalculated" : $"Recalculated: {reason}", x, high + (high - low) * (LabelHeadroom - 0.03));
        label.LabelFontSize = fontSize;
        label.LabelFontName = ChartFont.Family;
        label.LabelFontColor = Color.FromHex(MdcColours.Mean);
        label.LabelAlignment = Alignment.UpperLeft;
        label.OffsetX = 3;
    }

    /// <summary>An annotation's number in a small box above its month's point (or at the top when the month has none).</summary>
    private static void Markers(Plot plot, XmrResult spc, IReadOnlyList<SpcMarker> markers, float fontSize)
    {
        foreach (var marker in markers)
        {
            var point = spc.Points.FirstOrDefault(p => p.Period == marker.Month);
            var text = plot.Add.Text(marker.Number.ToString(CultureInfo.InvariantCulture), X(marker.Month), point is null ? Range(spc).High : (double)point.Value);
            text.LabelFontSize = fontSize;
            text.LabelFontName = ChartFont.Family;
            text.LabelBold = true;
            text.LabelFontColor = Color.FromHex(MdcColours.Mean);
            text.LabelBackgroundColor = Colors.White;
            text.LabelBorderColor = Color.FromHex(MdcColours.Mean);
            text.LabelBorderWidth = 1;
            text.LabelPadding = 2;
            text.LabelAlignment = Alignment.LowerCenter;
            text.OffsetY = -fontSize * 0.7f;
        }
    }

    /// <summary>Above the highest line or point, as a share of the drawn range: room for a recalculation's label and a marker's box.</summary>
    private const double LabelHeadroom = 0.4;

    /// <summary>The lowest and highest things drawn: points, limits and target.</summary>
    private static (double Low, double High) Range(XmrResult spc)
    {
        var levels = spc.Points.Select(p => p.Value)
            .Concat(spc.Segments.Where(s => s.Lines is not null).SelectMany(s => new[] { s.Lines!.LowerProcessLimit, s.Lines.UpperProcessLimit }))
            .Concat(spc.Target is { } target ? [target] : [])
            .Select(v => (double)v).DefaultIfEmpty(0).ToList();
        var (low, high) = (levels.Min(), levels.Max());
        return high > low ? (low, high) : (low - 1, high + 1);
    }

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

/// <summary>An annotation's numbered marker on a month; its text is listed under the chart with the same number.</summary>
public sealed record SpcMarker(DateOnly Month, int Number);

/// <summary>The font every chart draws with: Liberation Sans, metric-compatible with Arial, NHS's fallback font.</summary>
public static class ChartFont
{
    public const string Family = "Liberation Sans";
}
