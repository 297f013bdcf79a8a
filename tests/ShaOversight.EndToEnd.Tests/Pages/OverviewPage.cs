using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

public sealed class OverviewPage(IPage page)
{
    public IPage Page => page;

    /// <summary>Waits for the live circuit and the loaded table, never for a fixed time.</summary>
    public static async Task<OverviewPage> WaitForAsync(IPage page)
    {
        await Live.WaitForHeadingAsync(page, "England overview");
        await page.Locator("table tfoot").WaitForAsync();
        return new OverviewPage(page);
    }

    public static async Task<OverviewPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/england");
        return await WaitForAsync(page);
    }

    public ILocator Rows => page.Locator("table tbody tr.mud-table-row");

    public async Task<string[]> CellsOfAsync(string shaName)
    {
        var row = Rows.Filter(new() { HasText = shaName });
        return (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
    }

    public async Task<IReadOnlyList<string>> RegionNamesAsync() =>
        (await page.Locator("table tbody tr.mud-table-row .sha-name").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    public async Task SignOutAsync()
    {
        await page.Locator("header").GetByRole(AriaRole.Button).Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByText("You have signed out.").WaitForAsync();
    }
}
