using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace ShaOversight.Web.Components.Charts;

/// <summary>
/// Where a chart's SVG goes on a page: a holder (class drawing-holder) naming the drawing's address, with the drawing
/// inside only when the page is rendered on the server. In a live circuit the holder is empty and
/// wwwroot/app.js puts the drawing in, from the prerendered page's copy or by fetching it, so the
/// circuit never holds the drawing's markup. The page's DOM is the same either way.
/// </summary>
public sealed record ChartDrawing(string Address, string? InlineSvg)
{
    public static readonly ChartDrawing None = new("", null);

    public RenderFragment Markup => Render;

    private void Render(RenderTreeBuilder builder)
    {
        if (Address.Length == 0) return;
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "drawing-holder");
        builder.AddAttribute(2, "data-chart-src", Address);
        if (InlineSvg is not null) builder.AddMarkupContent(3, InlineSvg);
        builder.CloseElement();
    }
}
