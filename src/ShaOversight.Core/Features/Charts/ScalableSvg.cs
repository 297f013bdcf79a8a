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
        svg = at < 0 ? svg : string.Concat(svg.AsSpan(0, at),
            $"viewBox=\"0 0 {width} {height}\" width=\"100%\" class=\"{cssClass}\" focusable=\"false\"", svg.AsSpan(at + size.Length));
        return WithIdsFromContent(svg);
    }

    /// <summary>
    /// Skia names each clip path from a counter that runs for the whole process ("cl_4"), so the same
    /// chart drawn twice came out different, and a page's browser could never reuse a drawing it
    /// had (Web's ChartDrawingStore names drawings by content). Each id is renamed from the drawing's
    /// own content instead: the same chart gives the same text, and two different charts on one page
    /// still never share an id.
    /// </summary>
    public static string WithIdsFromContent(string svg)
    {
        var ids = DefinedId().Matches(svg).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (ids.Count == 0) return svg;
        var numbered = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var placeholders = IdUse().Replace(svg, m => numbered.TryGetValue(m.Groups[2].Value, out var n) ? $"{m.Groups[1].Value}{n}{m.Groups[3].Value}" : m.Value);
        var prefix = "c" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(placeholders)).AsSpan(0, 5)) + "-";
        return IdUse().Replace(svg, m => numbered.TryGetValue(m.Groups[2].Value, out var n) ? $"{m.Groups[1].Value}{prefix}{n}{m.Groups[3].Value}" : m.Value);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial System.Text.RegularExpressions.Regex DefinedId();

    // An id where it is defined, or a reference to it: id="x", url(#x), href="#x".
    [System.Text.RegularExpressions.GeneratedRegex(@"(\bid=""|url\(#|href=""#)([^"")]+)(""|\))")]
    private static partial System.Text.RegularExpressions.Regex IdUse();

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*""")]
    private static partial System.Text.RegularExpressions.Regex TrailingListSeparator();
}
