using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>Clicks on chart drawings as a mouse user makes them: at the middle of what they see, not through the DOM.</summary>
public static class ChartClicks
{
    /// <summary>The hit target over a line chart's point for a month, found by its pointer tooltip ("June 2008: …").</summary>
    public static ILocator PointFor(IPage page, string month) =>
        page.Locator(".point-drill-target", new() { Has = page.Locator("title", new() { HasTextString = $"{month}:" }) });

    /// <summary>
    /// Clicks the middle of a chart element where a pointer user would. MudBlazor draws other
    /// SVG over its bars, so Playwright's own click refuses them; instead this waits until the
    /// element has stopped moving (the live circuit re-renders charts as it takes over the
    /// prerendered page) and clicks its centre.
    /// </summary>
    public static async Task ClickMiddleAsync(IPage page, ILocator drawing)
    {
        await drawing.ScrollIntoViewIfNeededAsync();
        var box = await drawing.BoundingBoxAsync() ?? throw new InvalidOperationException("The chart element is not drawn.");
        for (var settled = 0; settled < 2;)
        {
            await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
            var now = await drawing.BoundingBoxAsync() ?? throw new InvalidOperationException("The chart element was removed.");
            settled = (now.X, now.Y, now.Width, now.Height) == (box.X, box.Y, box.Width, box.Height) ? settled + 1 : 0;
            box = now;
        }
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
    }
}
