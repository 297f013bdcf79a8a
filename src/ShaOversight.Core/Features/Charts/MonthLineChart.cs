using ScottPlot;

namespace ShaOversight.Core.Features.Charts;

/// <summary>How a line is drawn: never by colour alone, each also has its own pattern and marker.</summary>
public enum LineLook
{
    /// <summary>The measure itself: solid NHS blue with round markers.</summary>
    Measure,
    /// <summary>What it is set against (a target, a claim): dashed dark grey with square markers.</summary>
    Comparison,
}

/// <summary>A line over months: its name in the key, a value a month, and its look.</summary>
public sealed record LineSeries(string Name, IReadOnlyList<double> Values, LineLook Look);

/// <summary>
/// The one definition of a line chart over months, for the page's SVG and the board pack's
/// vectors alike: a label at least every quarter, value ticks at round steps, and lines told apart
/// by pattern and marker as well as colour. A chosen month is marked by a yellow ringed point and
/// a dotted line down to the axis.
/// </summary>
public sealed class MonthLineChart
{
    private readonly IReadOnlyList<DateOnly> _months;
    private readonly IReadOnlyList<LineSeries> _lines;

    public Plot Plot { get; }

    private MonthLineChart(Plot plot, IReadOnlyList<DateOnly> months, IReadOnlyList<LineSeries> lines) => (Plot, _months, _lines) = (plot, months, lines);

    /// <param name="scale">Fixed ends for the value axis (0 to 100 for a share), or null to fit the data from zero.</param>
    public static MonthLineChart Build(IReadOnlyList<DateOnly> months, IReadOnlyList<LineSeries> lines, string valueLabel,
        Func<double, string> format, float fontSize, DateOnly? selected = null, (double Min, double Max)? scale = null)
    {
        var plot = ChartStyle.NewPlot(fontSize);
        var xs = months.Select(MonthAxis.X).ToArray();
        foreach (var line in lines)
        {
            var drawn = plot.Add.Scatter(xs, line.Values.ToArray());
            drawn.LegendText = line.Name;
            var measure = line.Look == LineLook.Measure;
            drawn.Color = Color.FromHex(measure ? NhsChartColours.Blue : NhsChartColours.DarkGrey);
            drawn.LineWidth = measure ? 2.5f : 2f;
            drawn.LinePattern = measure ? LinePattern.Solid : LinePattern.Dashed;
            drawn.MarkerShape = measure ? MarkerShape.FilledCircle : MarkerShape.OpenSquare;
            drawn.MarkerSize = fontSize * 0.45f;
        }
        if (selected is { } month && months.ToList().IndexOf(month) is var at and >= 0)
        {
            var mark = plot.Add.VerticalLine(MonthAxis.X(month), 1.5f, Color.FromHex(NhsChartColours.Text), LinePattern.Dotted);
            mark.ExcludeFromLegend = true;
            foreach (var line in lines)
            {
                var point = plot.Add.Marker(xs[at], line.Values[at], MarkerShape.FilledCircle, fontSize * 1.1f, Color.FromHex(NhsChartColours.Highlight));
                point.MarkerLineColor = Color.FromHex(NhsChartColours.Text);
                point.MarkerLineWidth = 2;
            }
        }

        MonthAxis.Apply(plot, months);
        var values = lines.SelectMany(l => l.Values).DefaultIfEmpty(0).ToList();
        var (min, max) = scale ?? (Math.Min(0, values.Min()), Math.Max(values.Max(), 1));
        plot.Axes.SetLimitsY(min, max + (scale is null ? (max - min) * 0.05 : 0));
        ChartStyle.RoundValueTicks(plot.Axes.Left, format, wholeNumbers: false);
        plot.YLabel(valueLabel);
        // A lone line is named by the chart's title; a key is drawn only to tell lines apart.
        if (lines.Count > 1) plot.ShowLegend(Edge.Bottom);
        else plot.HideLegend();
        return new MonthLineChart(plot, months, lines);
    }

    public string ToSvg(int width, int height, string title, string description) =>
        ChartStyle.ToAccessibleSvg(Plot, width, height, "line-svg", title, description);

    /// <summary>Where the last render drew each month of the first line, in its pixels, in time order.</summary>
    public IReadOnlyList<(float X, float Y)> PointPixels() => _lines.Count == 0 ? [] :
        _months.Select((month, index) => Plot.GetPixel(new Coordinates(MonthAxis.X(month), _lines[0].Values[index]))).Select(px => (px.X, px.Y)).ToList();

    /// <summary>The plot area of the last render, in its pixels.</summary>
    public (float Left, float Top, float Right, float Bottom) DataArea()
    {
        var area = Plot.RenderManager.LastRender.DataRect;
        return (area.Left, area.Top, area.Right, area.Bottom);
    }
}
