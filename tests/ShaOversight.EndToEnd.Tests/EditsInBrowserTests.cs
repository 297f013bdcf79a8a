using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

[Collection(LiveAppCollection.Name)]
public sealed class EditsInBrowserTests(LiveApp app)
{
    private const string Analyst = "Demo: NHS London performance analyst";
    private const string Board = "Demo: NHS London board member";

    [Fact]
    public async Task A_board_members_open_contract_page_shows_an_analysts_corrected_return_without_a_reload()
    {
        var contractId = await app.ScalarAsync<int>("SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'");
        var month = await app.ScalarAsync<string>($"SELECT substr(Month, 1, 7) FROM MonthlyReturns WHERE ContractId = {contractId} ORDER BY Month LIMIT 1");
        var board = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(board)).SignInAsAsync(Board, "NHS London");
        await board.GotoAsync($"/contracts/{contractId}?month={month}");
        await Live.WaitForHeadingAsync(board, "FESC-5AT-001: External support for acute contract performance management");
        var boardUrl = board.Url;
        // A drilled-into view must stay drilled into when it refreshes.
        var lens = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(lens)).SignInAsAsync(Board, "NHS London");
        await lens.GotoAsync($"/sha/Q36?lens=savings&month={month}");
        var monthPanel = lens.Locator("section.month-panel h2");
        await Assertions.Expect(monthPanel).ToContainTextAsync("the contracts behind it");
        var monthHeading = await monthPanel.TextContentAsync();

        var analyst = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(analyst)).SignInAsAsync(Analyst, "NHS London");
        await analyst.GotoAsync($"/contracts/{contractId}/returns/{month}");
        await Live.WaitForHeadingAsync(analyst, $"Return for {DateOnly.ParseExact(month, "yyyy-MM"):MMMM yyyy}");
        await Accessibility.AssertNoViolationsAsync(analyst);
        await analyst.GetByLabel("Savings claimed (£)").FillAsync("130000");
        await analyst.GetByLabel("Savings validated (£)").FillAsync("123456");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Save the return" }).ClickAsync();
        await Assertions.Expect(analyst.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await Accessibility.ScreenshotAsync(analyst, "edit-monthly-return");

        await Assertions.Expect(board.GetByRole(AriaRole.Status).Filter(new() { HasText = "Figures updated at" })).ToContainTextAsync("Demo: NHS London performance analyst");
        await Assertions.Expect(board.Locator("table.months tr.selected")).ToContainTextAsync("£123,456");
        Assert.Equal(boardUrl, board.Url);
        await Assertions.Expect(lens.GetByRole(AriaRole.Status).Filter(new() { HasText = "Figures updated at" })).ToBeVisibleAsync();
        await Assertions.Expect(monthPanel).ToHaveTextAsync(monthHeading!);
        await Assertions.Expect(lens.Locator("section.month-panel")).ToContainTextAsync("£123,456");
        await Accessibility.AssertNoViolationsAsync(board);
        await Accessibility.ScreenshotAsync(board, "contract-live-refresh");
    }

    [Fact]
    public async Task An_analyst_reads_the_audit_log_filtered_by_the_url()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(Analyst, "NHS London");
        var pilotId = await app.ScalarAsync<int>("SELECT p.Id FROM Pilots p JOIN Organisations o ON o.Id = p.OrganisationId WHERE o.Code = '5AT'");
        await page.GotoAsync($"/pilots/{pilotId}/edit");
        await Live.WaitForHeadingAsync(page, "Update Hillingdon PCT");
        await page.GetByLabel("Commentary", new() { Exact = true }).FillAsync("Procurement board met; recovery plan agreed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the note" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Added your note" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "edit-pilot");

        await page.GotoAsync("/audit?action=Edit&text=Hillingdon");
        await Live.WaitForHeadingAsync(page, "Audit log");

        await Assertions.Expect(page.Locator("table.audit-table tbody tr").First).ToContainTextAsync("recovery plan agreed");
        await Assertions.Expect(page.GetByLabel("Target contains")).ToHaveValueAsync("Hillingdon");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "audit-log");
    }

    [Fact]
    public async Task The_contract_milestone_and_assessment_forms_are_reached_from_their_pages_and_pass_axe()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(Analyst, "NHS London");
        var contractId = await app.ScalarAsync<int>("SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'");

        await page.GotoAsync($"/contracts/{contractId}");
        await Live.WaitForHeadingAsync(page, "FESC-5AT-001: External support for acute contract performance management");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the contract's terms" }).ClickAsync();
        await Live.WaitForHeadingAsync(page, "Edit FESC-5AT-001");
        await page.GetByLabel("Title").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the contract" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Give the contract a title.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "edit-contract-refused");

        var pilotId = await app.ScalarAsync<int>("SELECT p.Id FROM Pilots p JOIN Organisations o ON o.Id = p.OrganisationId WHERE o.Code = '5AT'");
        await page.GotoAsync($"/pilots/{pilotId}/edit");
        await Live.WaitForHeadingAsync(page, "Update Hillingdon PCT");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lessons shared with the wider NHS" }).ClickAsync();
        await Live.WaitForHeadingAsync(page, "Lessons shared with the wider NHS");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "edit-milestone");

        await page.GotoAsync("/pct/5AT?year=2009-10");
        await Live.WaitForHeadingAsync(page, "Hillingdon PCT");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record or correct the 2009/10 assessment" }).ClickAsync();
        await Live.WaitForHeadingAsync(page, "Hillingdon PCT: 2009/10 assessment");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Competency scores" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "edit-assessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the assessment" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved the 2009/10 assessment for Hillingdon PCT." })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Two_people_correcting_one_return_see_each_other_and_the_second_chooses_whose_values_stand()
    {
        var contractId = await app.ScalarAsync<int>("SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'");
        var month = await app.ScalarAsync<string>($"SELECT substr(Month, 1, 7) FROM MonthlyReturns WHERE ContractId = {contractId} ORDER BY Month LIMIT 1 OFFSET 1");
        var first = await OpenReturnFormAsAsync(Analyst, contractId, month);
        var second = await OpenReturnFormAsAsync("Demo: system administrator", contractId, month);

        await first.GetByLabel("Savings claimed (£)").FillAsync("150000");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the return" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This return was changed by Demo: NHS London performance analyst" })).ToBeVisibleAsync();
        await second.GetByLabel("Savings claimed (£)").FillAsync("160000");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save the return" }).ClickAsync();

        var conflict = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone else saved this first" });
        await Assertions.Expect(conflict).ToContainTextAsync("£160,000.00");
        await Assertions.Expect(conflict).ToContainTextAsync("£150,000.00");
        await Assertions.Expect(second.GetByText("while you were editing")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(second);
        await Accessibility.ScreenshotAsync(second, "edit-return-conflict");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save my values over theirs" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToContainTextAsync("£160,000.00 claimed");
    }

    private async Task<IPage> OpenReturnFormAsAsync(string demoUser, int contractId, string month)
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(demoUser, demoUser == Analyst ? "NHS London" : "England overview");
        await page.GotoAsync($"/contracts/{contractId}/returns/{month}");
        await Live.WaitForHeadingAsync(page, $"Return for {DateOnly.ParseExact(month, "yyyy-MM"):MMMM yyyy}");
        return page;
    }
}
