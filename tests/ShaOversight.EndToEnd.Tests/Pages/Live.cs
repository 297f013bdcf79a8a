using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

public static class Live
{
    /// <summary>Waits for Blazor's live circuit and the page's h1: clicks before then would go nowhere.</summary>
    public static async Task WaitForHeadingAsync(IPage page, string heading)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }).WaitForAsync();
    }
}
