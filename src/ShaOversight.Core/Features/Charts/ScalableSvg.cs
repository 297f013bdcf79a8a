using ScottPlot;

namespace ShaOversight.Core.Features.Charts;

/// <summary>
/// A ScottPlot plot as an SVG element for a page: drawn at a nominal size, then scaled to its
/// container's width by a viewBox, so a chart never makes a phone's page scroll sideways.
/// </summary>
public static partial class ScalableSvg
{
    public static string Render(Plot plot, int width, int height, string cssClass)
    {
        var svg = plot.GetSvgXml(width, height);
        // Skia's SVG writer ends each glyph-position list with ", ", which strict parsers reject,
        // and heads the document with an XML declaration, which has no place inside a page.
        svg = TrailingListSeparator().Replace(svg, "\"");
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        // Only the root's size becomes a viewBox: the background rectangle has the same size.
        var size = $"width=\"{width}\" height=\"{height}\"";
        var at = svg.IndexOf(size, StringComparison.Ordinal);
        return at < 0 ? svg : string.Concat(svg.AsSpan(0, at),
            $"viewBox=\"0 0 {width} {height}\" width=\"100%\" class=\"{cssClass}\" focusable=\"false\"", svg.AsSpan(at + size.Length));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*""")]
    private static partial System.Text.RegularExpressions.Regex TrailingListSeparator();
}
