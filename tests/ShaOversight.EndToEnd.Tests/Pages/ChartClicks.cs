using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>Finds and clicks chart drawings: the bars and the point targets the app draws over line charts.</summary>
public static class ChartClicks
{
    /// <summary>The hit target over a line chart's point for a month, found by its pointer tooltip ("June 2008: …").</summary>
    public static ILocator PointFor(IPage page, string month) =>
        page.Locator(".point-drill-target", new() { Has = page.Locator("title", new() { HasTextString = $"{month}:" }) });

    /// <summary>
    /// Clicks a chart element: a click event on the element itself, handled by the app's own
    /// listener in wwwroot/app.js. Clicking screen coordinates proved flaky, because MudBlazor
    /// measures the chart once the live circuit starts and redraws it at its real width, moving
    /// every bar and point after the test has found them. Where the targets sit over the points
    /// is tested in bUnit (PointTargetLayout); this tests that a click drills.
    /// </summary>
    public static async Task ClickAsync(ILocator drawing)
    {
        await drawing.ScrollIntoViewIfNeededAsync();
        await drawing.DispatchEventAsync("click");
    }
}
