using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>
/// A refused page is prerendered with its explanation and then taken over by the live circuit;
/// the circuit shows the explanation it was handed instead of asking again, so the refusal is
/// audited once per page view, not once per render.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class RefusalAuditInBrowserTests(LiveApp app)
{
    [Theory]
    [InlineData("Demo: Hillingdon PCT chief executive", "Hillingdon PCT", "/sha/Q35?lens=savings")]
    [InlineData("Demo: Hillingdon PCT chief executive", "Hillingdon PCT", "/sha/Q35?lens=uptake")]
    [InlineData("Demo: NHS London board member", "NHS London", "/sha/Q35?lens=assurance")]
    public async Task Another_regions_lens_opened_in_the_browser_is_refused_and_audited_once(string demoUser, string landing, string path)
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(demoUser, landing);
        var before = await RefusalsOfAsync(demoUser);

        await page.GotoAsync(path);
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(page.GetByText("outside the organisations your role covers")).ToBeVisibleAsync();

        Assert.Equal(before + 1, await RefusalsOfAsync(demoUser));
    }

    private Task<long> RefusalsOfAsync(string demoUser) => app.ScalarAsync<long>(
        $"SELECT COUNT(*) FROM AuditEntries WHERE Action = 'AccessDenied' AND UserName = '{demoUser}'");
}
