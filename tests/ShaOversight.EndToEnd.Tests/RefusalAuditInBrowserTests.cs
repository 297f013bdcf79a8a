using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>
/// An SHA's lenses are rendered per request, with no circuit to take them over: a refused lens
/// is explained by the one render that refused it, so the refusal is audited once per page view.
/// (Live pages that refuse are covered by the prerender hand-over tests.)
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
        // Anything the page starts after loading (an island's circuit) has started by now.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByText("outside the organisations your role covers")).ToBeVisibleAsync();

        Assert.Equal(before + 1, await RefusalsOfAsync(demoUser));
    }

    private Task<long> RefusalsOfAsync(string demoUser) => app.ScalarAsync<long>(
        $"SELECT COUNT(*) FROM AuditEntries WHERE Action = 'AccessDenied' AND UserName = '{demoUser}'");
}
