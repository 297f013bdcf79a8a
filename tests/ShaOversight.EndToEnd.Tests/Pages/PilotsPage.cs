using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>The pilot tracker, /pilots, found by headings, links and the summary table.</summary>
public sealed class PilotsPage(IPage page)
{
    public IPage Page => page;

    public static async Task<PilotsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/pilots");
        return await WaitForAsync(page);
    }

    /// <summary>Waits for the live circuit and the loaded table, never for a fixed time.</summary>
    public static async Task<PilotsPage> WaitForAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Heading, new() { Name = "FESC pilots", Level = 1 }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "The seven pilots" }).WaitForAsync();
        return new PilotsPage(page);
    }

    public ILocator Rows => page.Locator("table.pilot-table tbody tr");

    public ILocator RowOf(string pilotName) => Rows.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = pilotName, Exact = true }) });

    public async Task<PilotPage> OpenPilotAsync(string pilotName)
    {
        await page.Locator(".pilot-table").GetByRole(AriaRole.Link, new() { Name = pilotName, Exact = true }).ClickAsync();
        return await PilotPage.WaitForAsync(page, pilotName);
    }
}
