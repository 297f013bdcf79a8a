using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>
/// Access is decided at each action from current data, so an open form does not keep access
/// that was taken away after it was opened: by an administrator, or by signing out elsewhere.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class AccessRevocationInBrowserTests(LiveApp app)
{
    private const string Analyst = "Demo: NHS London performance analyst";
    private const string AnalystObjectId = "00000000-0000-0000-0000-00000000a0b2";
    private const string Refused = "it is outside the region you look after";

    [Fact]
    public async Task An_analyst_moved_to_another_sha_while_their_form_is_open_is_refused_on_save()
    {
        var (page, contractId, month) = await OpenReturnFormAsync();
        await FillAsync(page, "130001");

        await MoveAnalystToAsync("Q31");
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the return" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = Refused })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToHaveCountAsync(0);
            Assert.NotEqual(130001m, await app.ScalarAsync<decimal>(
                $"SELECT Claimed FROM MonthlyReturns WHERE ContractId = {contractId} AND substr(Month, 1, 7) = '{month}'"));
        }
        finally
        {
            await MoveAnalystToAsync("Q36");
        }
    }

    [Fact]
    public async Task A_form_left_open_in_one_tab_is_refused_on_save_after_signing_out_in_another()
    {
        var (page, contractId, month) = await OpenReturnFormAsync();
        var otherTab = await page.Context.NewPageAsync();
        await otherTab.GotoAsync("/access-denied");
        await otherTab.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await otherTab.GetByText("You have signed out.").WaitForAsync();

        await FillAsync(page, "130002");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the return" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "You have signed out, so nothing was saved." })).ToBeVisibleAsync();
        Assert.NotEqual(130002m, await app.ScalarAsync<decimal>(
            $"SELECT Claimed FROM MonthlyReturns WHERE ContractId = {contractId} AND substr(Month, 1, 7) = '{month}'"));
    }

    private async Task<(IPage Page, int ContractId, string Month)> OpenReturnFormAsync()
    {
        var contractId = await app.ScalarAsync<int>("SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'");
        var month = await app.ScalarAsync<string>($"SELECT substr(Month, 1, 7) FROM MonthlyReturns WHERE ContractId = {contractId} ORDER BY Month DESC LIMIT 1");
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(Analyst, "NHS London");
        await page.GotoAsync($"/contracts/{contractId}/returns/{month}");
        await Live.WaitForHeadingAsync(page, $"Return for {DateOnly.ParseExact(month, "yyyy-MM"):MMMM yyyy}");
        return (page, contractId, month);
    }

    private static async Task FillAsync(IPage page, string claimed)
    {
        await page.GetByLabel("Savings claimed (£)").FillAsync(claimed);
        await page.GetByLabel("Savings validated (£)").FillAsync("1000");
    }

    private Task MoveAnalystToAsync(string shaCode) => app.ExecuteAsync(
        $"UPDATE UserScopes SET OrganisationId = (SELECT Id FROM Organisations WHERE Code = '{shaCode}') WHERE ObjectId = '{AnalystObjectId}'");
}
