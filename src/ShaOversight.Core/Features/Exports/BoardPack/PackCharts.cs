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
    private static readonly ScottPlot.Color Blue = ScottPlot.Color.FromHex("#005EB8");
    private static readonly ScottPlot.Color Grey = ScottPlot.Color.FromHex("#768692");
    private static readonly ScottPlot.Color Concern = ScottPlot.Color.FromHex("#ED8B00");

    /// <summary>Horizontal bars, one a category, labelled on the left: long stage and area names stay readable.</summary>
    /// <param name="scale">Fixed ends for the value axis (a 1-to-4 score), or null to fit the data.</param>
    public static Action<SKCanvas, SKRect> Bars(string xLabel, IReadOnlyList<(string Label, double Value)> bars, (double Min, double Max)? scale = null) => (canvas, box) =>
    {
        var plot = NewPlot();
        var positions = Enumerable.Range(0, bars.Count).Select(i => (double)(bars.Count - 1 - i)).ToArray();
        var plotted = plot.Add.Bars(positions, bars.Select(b => b.Value).ToArray());
        plotted.Horizontal = true;
        plotted.Color = Blue;
        plot.Axes.Left.SetTicks(positions, [.. bars.Select(b => b.Label)]);
        plot.Axes.Margins(left: 0);
        if (scale is { } ends) plot.Axes.SetLimitsX(ends.Min, ends.Max);
        plot.XLabel(xLabel);
        Render(plot, canvas, box);
    };

    /// <summary>An XmR chart from the same definition the web page draws (<see cref="SpcChart"/>), so paper and screen agree.</summary>
    public static Action<SKCanvas, SKRect> Xmr(XmrResult spc, string yLabel, Func<decimal, string> format, IReadOnlyList<SpcMarker>? annotations = null) =>
        (canvas, box) => Render(SpcChart.Build(spc, yLabel, format, fontSize: 8, annotations).Plot, canvas, box);

    /// <summary>Lines over months, for cumulative savings against the phased target.</summary>
    public static Action<SKCanvas, SKRect> Lines(string yLabel, IReadOnlyList<DateOnly> months, params (string Name, IReadOnlyList<double> Values, bool Dashed)[] lines) => (canvas, box) =>
    {
        var plot = NewPlot();
        var xs = months.Select(m => m.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var colours = new[] { Blue, Grey, Concern };
        for (var i = 0; i < lines.Length; i++)
        {
            var line = plot.Add.ScatterLine(xs, lines[i].Values.ToArray());
            line.LegendText = lines[i].Name;
            line.Color = colours[i % colours.Length];
            line.LineWidth = 2;
            if (lines[i].Dashed) line.LinePattern = LinePattern.Dashed;
        }
        MonthTicks(plot);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperLeft);
        Render(plot, canvas, box);
    };

    /// <summary>Dates on the x axis as a UK board reads them ("Apr 2009"), not in the US order.</summary>
    private static void MonthTicks(Plot plot)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        axis.TickLabelStyle.FontSize = 8;
        if (axis.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
            automatic.LabelFormatter = date => date.ToString("MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        plot.Legend.FontName = ChartFont.Family;
        plot.Legend.FontSize = 8;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Left.TickLabelStyle.FontSize = 8;
        plot.Axes.Bottom.Label.FontSize = 9;
        plot.Axes.Left.Label.FontSize = 9;
        return plot;
    }

    private static void Render(Plot plot, SKCanvas canvas, SKRect box)
    {
        canvas.Translate(box.Left, box.Top);
        plot.Render(canvas, (int)box.Width, (int)box.Height);
    }
}
