using System.Net;
using ScottPlot;

namespace ShaOversight.Core.Features.Charts;

/// <summary>The look the bar and line charts share: the NHS font, dark text, light grid, and one text size throughout.</summary>
public static class ChartStyle
{
    public static Plot NewPlot(float fontSize)
    {
        var plot = new Plot();
        plot.Font.Set(ChartFont.Family);
        var text = Color.FromHex(NhsChartColours.Text);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = fontSize;
            axis.TickLabelStyle.ForeColor = text;
            axis.Label.FontSize = fontSize;
            axis.Label.ForeColor = text;
            axis.Label.Bold = false;
        }
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Color.FromHex(NhsChartColours.Grid);
        plot.Legend.FontName = ChartFont.Family;
        plot.Legend.FontSize = fontSize;
        plot.Legend.FontColor = text;
        return plot;
    }

    /// <summary>Value ticks at round steps (1, 2 or 5 times a power of ten), whole numbers only for counts.</summary>
    public static void RoundValueTicks(IAxis axis, Func<double, string> format, bool wholeNumbers) =>
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = format,
            IntegerTicksOnly = wholeNumbers,
            TickDensity = 0.4,
        };

    /// <summary>
    /// The chart as an SVG image for a page, scaled to its panel's width: role="img" with a title
    /// and a description that sum it up; the figures table beside it has every number.
    /// </summary>
    public static string ToAccessibleSvg(Plot plot, int width, int height, string cssClass, string title, string description)
    {
        var svg = ScalableSvg.Render(plot, width, height, cssClass);
        // Named from the content, as the drawing's own ids are (ScalableSvg): the same chart, the same text.
        var id = "svg-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes($"{svg}\n{title}\n{description}")).AsSpan(0, 8));
        var open = svg.IndexOf('>', StringComparison.Ordinal);
        return string.Concat(
            svg.AsSpan(0, open),
            $" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">",
            $"<title id=\"{id}-title\">{WebUtility.HtmlEncode(title)}</title><desc id=\"{id}-desc\">{WebUtility.HtmlEncode(description)}</desc>",
            svg.AsSpan(open + 1));
    }
}
