using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>Clicks on chart drawings as a mouse user makes them: at the middle of what they see, not through the DOM.</summary>
public static class ChartClicks
{
    /// <summary>The hit target over a line chart's point for a month, found by its pointer tooltip ("June 2008: …").</summary>
    public static ILocator PointFor(IPage page, string month) =>
        page.Locator(".point-drill-target", new() { Has = page.Locator("title", new() { HasTextString = $"{month}:" }) });

    public static async Task ClickMiddleAsync(IPage page, ILocator drawing)
    {
        await drawing.ScrollIntoViewIfNeededAsync();
        var box = await drawing.BoundingBoxAsync() ?? throw new InvalidOperationException("The chart element is not drawn.");
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
    }
}
