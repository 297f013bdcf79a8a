using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>Finds and clicks the point targets the app lays over line charts.</summary>
public static class ChartClicks
{
    /// <summary>The hit target over a line chart's point for a month, found by its pointer tooltip ("June 2008: …").</summary>
    public static ILocator PointFor(IPage page, string month) =>
        page.Locator(".point-drill-target", new() { Has = page.Locator("title", new() { HasTextString = $"{month}:" }) });

    /// <summary>
    /// Clicks a point target: a click event on the element itself, handled by the app's own
    /// listener in wwwroot/app.js. Where the targets sit over the points is tested in bUnit
    /// (PointTargetLayout); this tests that a click drills.
    /// </summary>
    public static async Task ClickAsync(ILocator drawing)
    {
        await drawing.ScrollIntoViewIfNeededAsync();
        await drawing.DispatchEventAsync("click");
    }
}
