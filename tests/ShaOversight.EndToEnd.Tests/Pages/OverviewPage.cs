using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

public sealed class OverviewPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Waits for the live circuit and the loaded table, never for a fixed time.</summary>
    public static async Task<OverviewPage> WaitForAsync(IPage page)
    {
        await Live.WaitForHeadingAsync(page, "England overview");
        await page.Locator("table[data-table='england'] tbody tr").First.WaitForAsync();
        return new OverviewPage(page);
    }

    public static async Task<OverviewPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/england");
        return await WaitForAsync(page);
    }

    /// <summary>The SHAs' rows: each names its SHA with a link, which England's closing row does not.</summary>
    public ILocator Rows => page.Locator("table[data-table='england'] tbody tr", new() { Has = page.Locator("th a") });

    /// <summary>A value of an SHA's row as its download holds it, by the column's heading.</summary>
    public async Task<string?> CellOfAsync(string shaName, string heading) =>
        await Rows.Filter(new() { HasText = shaName }).Locator($"[data-heading='{heading}']").GetAttributeAsync("data-value");

    public async Task<IReadOnlyList<string>> RegionNamesAsync() =>
        (await page.Locator("table[data-table='england'] tbody th a").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    public async Task SignOutAsync()
    {
        await page.Locator("header").GetByRole(AriaRole.Button).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByText("You have signed out.").WaitForAsync();
    }
}
