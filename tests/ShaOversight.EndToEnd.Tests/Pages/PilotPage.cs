using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>One pilot, /pilots/{id}: found by its h1, its sections' headings and the milestone table.</summary>
public sealed class PilotPage(IPage page)
{
    public IPage Page => page;

    public static async Task<PilotPage> WaitForAsync(IPage page, string pilotName)
    {
        await page.GetByRole(AriaRole.Heading, new() { Name = pilotName, Level = 1 }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Milestones: planned against actual" }).WaitForAsync();
        return new PilotPage(page);
    }

    public ILocator MilestoneTable => page.GetByRole(AriaRole.Table).Filter(new() { HasText = "planned and actual dates" });

    public ILocator MilestoneRows => MilestoneTable.Locator("tbody tr");

    public ILocator Section(string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 }) });
}
