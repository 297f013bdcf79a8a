using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

public static class Live
{
    /// <summary>
    /// Waits for the page's h1, then its live circuit and its title: clicks before then would go nowhere.
    /// The heading comes first because a page rendered per request has an island's circuit marker too,
    /// and a link followed from it would otherwise find the old page's marker before the new page's
    /// patch. A live page reached from such a page starts its head's circuit then, and its title is
    /// back once that has rendered.
    /// </summary>
    public static async Task WaitForHeadingAsync(IPage page, string heading)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 }).WaitForAsync();
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => document.title.trim() !== ''");
    }
}
