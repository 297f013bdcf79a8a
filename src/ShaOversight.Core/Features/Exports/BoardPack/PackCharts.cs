using ScottPlot;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Spc;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// The pack's charts, drawn by ScottPlot straight onto the PDF page's Skia canvas, so they are
/// vectors in the file rather than pictures of charts.
/// </summary>
public static class PackCharts
{
    /// <summary>Text size on paper: a pack is read in the hand, a page at arm's length.</summary>
    private const float FontSize = 8;

    /// <summary>Horizontal bars from the same definition the web page draws (<see cref="BarChart"/>), in the order given.</summary>
    /// <param name="scale">Fixed ends for the value axis (a 1-to-4 score), or null to fit the data.</param>
    public static Action<SKCanvas, SKRect> Bars(string xLabel, IReadOnlyList<(string Label, double Value)> bars, (double Min, double Max)? scale = null) => (canvas, box) =>
    {
        // A change can go either way, so it carries its sign, as on the page.
        Func<double, string> format = bars.Any(b => b.Value < 0) ? ChartFormats.Signed : ChartFormats.Number;
        Render(BarChart.Build([.. bars.Select(b => new BarItem(b.Label, b.Value))], xLabel, format, FontSize, scale).Plot, canvas, box);
    };

    /// <summary>An XmR chart from the same definition the web page draws (<see cref="SpcChart"/>), so paper and screen agree.</summary>
    public static Action<SKCanvas, SKRect> Xmr(XmrResult spc, string yLabel, Func<decimal, string> format, IReadOnlyList<SpcMarker>? annotations = null) =>
        (canvas, box) => Render(SpcChart.Build(spc, yLabel, format, fontSize: FontSize, annotations).Plot, canvas, box);

    /// <summary>Lines over months from the same definition the web page draws (<see cref="MonthLineChart"/>); a dashed line is a comparison, such as a target.</summary>
    public static Action<SKCanvas, SKRect> Lines(string yLabel, IReadOnlyList<DateOnly> months, params (string Name, IReadOnlyList<double> Values, bool Dashed)[] lines) => (canvas, box) =>
    {
        Func<double, string> format = yLabel == "£" ? ChartFormats.CompactMoney : ChartFormats.Number;
        var series = lines.Select(l => new LineSeries(l.Name, l.Values, l.Dashed ? LineLook.Comparison : LineLook.Measure)).ToList();
        Render(MonthLineChart.Build(months, series, yLabel, format, FontSize).Plot, canvas, box);
    };

    private static void Render(Plot plot, SKCanvas canvas, SKRect box)
    {
        canvas.Translate(box.Left, box.Top);
        plot.Render(canvas, (int)box.Width, (int)box.Height);
    }
}
