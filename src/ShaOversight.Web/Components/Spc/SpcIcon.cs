using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Spc;

namespace ShaOversight.Web.Components.Spc;

/// <summary>
/// A Making Data Count icon drawn from the same geometry as the board pack's (SpcIconShape), with its
/// words beside it. The graphic carries the words as its text alternative, so a screen reader says
/// them once, from the graphic; the visible words repeat them for sighted readers.
/// Markup rather than a component: a savings lens shows dozens of icons, and as components each held
/// its own render tree in the circuit. There are only a few distinct icons, so each is written once.
/// </summary>
public static class SpcIcon
{
    // By the icon itself, not its shape: a shape's dots are a list, which a record compares by reference.
    private static readonly ConcurrentDictionary<(Enum Icon, bool ShowWords, int Size), MarkupString> Written = new();

    public static MarkupString Of(VariationIcon icon, bool showWords = true, int size = 32) =>
        Written.GetOrAdd((icon, showWords, size), key => new MarkupString(Write(SpcIconShape.Of(icon), key.ShowWords, key.Size)));

    public static MarkupString Of(AssuranceIcon icon, bool showWords = true, int size = 32) =>
        Written.GetOrAdd((icon, showWords, size), key => new MarkupString(Write(SpcIconShape.Of(icon), key.ShowWords, key.Size)));

    private static string Write(SpcIconShape shape, bool showWords, int size)
    {
        var words = WebUtility.HtmlEncode(shape.Words);
        var html = new StringBuilder();
        html.Append($"<span class=\"spc-icon\"><svg class=\"spc-icon-graphic\" viewBox=\"0 0 100 100\" width=\"{size}\" height=\"{size}\" role=\"img\" aria-label=\"{words}\" focusable=\"false\">");
        html.Append($"<title>{words}</title>");
        html.Append($"<circle cx=\"{N(SpcIconShape.Centre)}\" cy=\"{N(SpcIconShape.Centre)}\" r=\"{N(SpcIconShape.Radius)}\" fill=\"#fff\" stroke=\"{shape.Colour}\" stroke-width=\"{N(SpcIconShape.RingWidth)}\" />");
        foreach (var dot in shape.Dots)
            html.Append($"<circle class=\"spc-icon-dot\" cx=\"{N(dot.X)}\" cy=\"{N(dot.Y)}\" r=\"{N(SpcIconShape.DotRadius)}\" fill=\"{dot.Colour}\" />");
        if (shape.TargetLine)
            html.Append($"<line x1=\"{N(SpcIconShape.TargetFrom)}\" y1=\"{N(SpcIconShape.TargetY)}\" x2=\"{N(SpcIconShape.TargetTo)}\" y2=\"{N(SpcIconShape.TargetY)}\" stroke=\"{MdcColours.Target}\" stroke-width=\"4\" stroke-dasharray=\"8 5\" />");
        if (shape.Letter is { } letter)
            html.Append($"<text x=\"{N(SpcIconShape.Centre)}\" y=\"{N(shape.LetterBaseline)}\" text-anchor=\"middle\" font-family=\"Liberation Sans, Arial, sans-serif\" font-weight=\"bold\" font-size=\"{N(SpcIconShape.LetterSize)}\" fill=\"{shape.Colour}\">{WebUtility.HtmlEncode(letter)}</text>");
        html.Append("</svg>");
        if (showWords) html.Append($"<span class=\"spc-words\" aria-hidden=\"true\">{words}</span>");
        html.Append("</span>");
        return html.ToString();
    }

    private static string N(float value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
