using ScottPlot;

namespace ShaOversight.Core.Features.Charts;

/// <summary>One bar: its category, its value, and whether the page is showing that category now.</summary>
public sealed record BarItem(string Label, double Value, bool IsSelected = false);

/// <summary>How bars are ordered, top to bottom; the figures table beside a chart uses the same order.</summary>
public static class BarOrder
{
    /// <summary>Largest first, ties by name: the reader's eye runs down from the biggest.</summary>
    public static IReadOnlyList<T> LargestFirst<T>(IEnumerable<T> items, Func<T, double> value, Func<T, string> label) =>
        items.OrderByDescending(value).ThenBy(label, StringComparer.Ordinal).ToList();
}

/// <summary>
/// The one definition of a bar chart, for the page's SVG and the board pack's vectors alike:
/// horizontal bars, one a category, named on the axis, each with its value written at its end and
/// no legend to decode. Bars come in the order given (use <see cref="BarOrder"/>, or keep an
/// order that means something, such as pipeline stages). A chosen bar is warm yellow, ringed,
/// marked "►" on the axis and its value bold, so it is never told by colour alone.
/// </summary>
public sealed class BarChart
{
    public const string SelectedMark = "► ";
    private readonly double[] _positions;

    public Plot Plot { get; }
    public IReadOnlyList<BarItem> Bars { get; }

    private BarChart(Plot plot, IReadOnlyList<BarItem> bars, double[] positions) => (Plot, Bars, _positions) = (plot, bars, positions);

    /// <param name="valueLabel">The value axis's title, e.g. "Buyers".</param>
    /// <param name="format">How a value is written at a bar's end and on the axis.</param>
    /// <param name="fontSize">Text size, in the units the chart is drawn in.</param>
    /// <param name="scale">Fixed ends for the value axis (a 1-to-4 score), or null to fit the data from zero.</param>
    public static BarChart Build(IReadOnlyList<BarItem> bars, string valueLabel, Func<double, string> format, float fontSize,
        (double Min, double Max)? scale = null)
    {
        var plot = ChartStyle.NewPlot(fontSize);
        // The first bar at the top: ScottPlot counts positions upwards.
        var positions = bars.Select((_, index) => (double)(bars.Count - 1 - index)).ToArray();
        var drawn = bars.Select((bar, index) => new Bar
        {
            Position = positions[index],
            Value = bar.Value,
            Size = 0.7,
            FillColor = Color.FromHex(bar.IsSelected ? NhsChartColours.Highlight : NhsChartColours.Blue),
            LineColor = Color.FromHex(NhsChartColours.Text),
            LineWidth = bar.IsSelected ? 2.5f : 0,
            Orientation = Orientation.Horizontal,
        }).ToList();
        plot.Add.Bars(drawn).Horizontal = true;

        var low = Math.Min(0, bars.Count == 0 ? 0 : bars.Min(b => b.Value));
        var high = Math.Max(0, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var (min, max) = scale ?? (low, high == low ? low + 1 : high);
        // Room beyond the longest bar (and before the most negative) for its value label.
        var room = (max - min) * 0.16;
        plot.Axes.SetLimitsX(min < 0 ? min - room : min, max + room);
        plot.Axes.SetLimitsY(-0.6, bars.Count - 0.4);
        for (var index = 0; index < bars.Count; index++) ValueLabel(plot, bars[index], positions[index], format, fontSize);

        plot.Axes.Left.SetTicks(positions, [.. bars.Select(b => (b.IsSelected ? SelectedMark : "") + b.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;
        if (scale is { } ends)
        {
            var steps = Enumerable.Range(0, (int)(ends.Max - ends.Min) + 1).Select(i => ends.Min + i).ToArray();
            plot.Axes.Bottom.SetTicks(steps, [.. steps.Select(format)]);
        }
        else
        {
            ChartStyle.RoundValueTicks(plot.Axes.Bottom, format, wholeNumbers: bars.All(b => b.Value == Math.Floor(b.Value)));
        }
        plot.XLabel(valueLabel);
        // Each bar is named on its axis: nothing to decode in a key.
        plot.HideLegend();
        if (min < 0) plot.Add.VerticalLine(0, 1, Color.FromHex(NhsChartColours.Text));
        return new BarChart(plot, bars, positions);
    }

    /// <summary>A height that gives every bar room for its label, for a chart of this many bars.</summary>
    public static int HeightFor(int barCount, float fontSize) => (int)(Math.Max(barCount, 1) * fontSize * 2.2f + fontSize * 5);

    public string ToSvg(int width, int height, string title, string description) =>
        ChartStyle.ToAccessibleSvg(Plot, width, height, "bar-svg", title, description);

    /// <summary>
    /// Where the last render drew each bar's row, top to bottom, in its pixels: the full width of
    /// the chart, so the name on the axis opens the bar as well as the bar itself.
    /// </summary>
    public IReadOnlyList<(float Left, float Top, float Right, float Bottom)> RowPixels(int width)
    {
        var area = Plot.RenderManager.LastRender.DataRect;
        return _positions.Select(position =>
        {
            var top = Plot.GetPixel(new Coordinates(0, position + 0.5)).Y;
            var bottom = Plot.GetPixel(new Coordinates(0, position - 0.5)).Y;
            return (0f, Math.Max(top, area.Top), (float)width, Math.Min(bottom, area.Bottom));
        }).ToList();
    }

    private static void ValueLabel(Plot plot, BarItem bar, double position, Func<double, string> format, float fontSize)
    {
        var text = plot.Add.Text(format(bar.Value), bar.Value, position);
        text.LabelFontName = ChartFont.Family;
        text.LabelFontSize = fontSize;
        text.LabelFontColor = Color.FromHex(NhsChartColours.Text);
        text.LabelBold = bar.IsSelected;
        text.Alignment = bar.Value < 0 ? Alignment.MiddleRight : Alignment.MiddleLeft;
        text.OffsetX = bar.Value < 0 ? -fontSize * 0.4f : fontSize * 0.4f;
    }
}
