using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

[Collection(LiveAppCollection.Name)]
public sealed partial class PilotsInBrowserTests(LiveApp app)
{
    private const string DoH = "Demo: DoH commissioning directorate";

    [Fact]
    public async Task The_doh_user_opens_the_tracker_and_clicks_through_to_hillingdon()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(DoH, "England overview");

        var tracker = await PilotsPage.OpenAsync(page);

        Assert.Equal(7, await tracker.Rows.CountAsync());
        var hillingdonRow = tracker.RowOf("Hillingdon PCT");
        Assert.Matches("^(Red|Amber|Green)$", (await hillingdonRow.Locator(".rag-badge").InnerTextAsync()).Trim());
        Assert.Matches(@"^\d+$", (await hillingdonRow.Locator("[data-heading='Milestones complete']").InnerTextAsync()).Trim());

        // The chart's numbers are one keypress away, in a table with a caption for screen readers.
        await page.GetByText("Show the figures").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var figures = page.GetByRole(AriaRole.Table, new() { Name = "Milestones by status for each pilot" });
        await Assertions.Expect(figures).ToBeVisibleAsync();
        Assert.Equal(7, await figures.Locator("tbody tr").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Accessibility.ScreenshotAsync(page, "pilots");

        var pilot = await tracker.OpenPilotAsync("Hillingdon PCT");

        Assert.Matches(PilotAddress(), page.Url);
        Assert.Equal(7, await pilot.MilestoneRows.CountAsync());
        await Assertions.Expect(pilot.Section("Aim")).ToContainTextAsync("BUPA Commissioning");
        await Assertions.Expect(pilot.Section("Lessons learned")).ToContainTextAsync("low diving board");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "pilot-hillingdon");
    }

    [Fact]
    public async Task A_keyboard_user_opens_a_pilot_from_its_link_and_returns_by_the_breadcrumb()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: Hillingdon PCT chief executive", "Hillingdon PCT");
        var tracker = await PilotsPage.OpenAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "West Midlands Commissioning Business Support Agency", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await PilotPage.WaitForAsync(page, "West Midlands Commissioning Business Support Agency");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "FESC pilots" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await PilotsPage.WaitForAsync(page);
        Assert.Equal(7, await tracker.Rows.CountAsync());
    }

    [Fact]
    public async Task Clicking_anywhere_on_a_row_opens_that_pilot()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        var tracker = await PilotsPage.OpenAsync(page);

        await tracker.RowOf("Cambridgeshire PCT").Locator("td").Nth(2).ClickAsync();

        await PilotPage.WaitForAsync(page, "Cambridgeshire PCT");
        Assert.Matches(PilotAddress(), page.Url);
    }

    [Fact]
    public async Task Ctrl_or_the_middle_button_on_a_row_opens_that_pilot_in_a_new_tab_and_leaves_the_list_here()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        var tracker = await PilotsPage.OpenAsync(page);
        var cell = tracker.RowOf("Cambridgeshire PCT").Locator("td").Nth(2);
        var pilot = await tracker.RowOf("Cambridgeshire PCT").GetByRole(AriaRole.Link, new() { Name = "Cambridgeshire PCT", Exact = true }).GetAttributeAsync("href");

        var withCtrl = await page.Context.RunAndWaitForPageAsync(() => cell.ClickAsync(new() { Modifiers = [KeyboardModifier.Control] }));
        var withMiddle = await page.Context.RunAndWaitForPageAsync(() => cell.ClickAsync(new() { Button = MouseButton.Middle }));

        foreach (var tab in new[] { withCtrl, withMiddle })
        {
            await PilotPage.WaitForAsync(tab, "Cambridgeshire PCT");
            Assert.EndsWith(pilot!, tab.Url);
            await tab.CloseAsync();
        }
        Assert.EndsWith("/pilots", page.Url);
        Assert.Equal(7, await tracker.Rows.CountAsync());
    }

    [GeneratedRegex(@"/pilots/\d+$")]
    private static partial Regex PilotAddress();
}
