using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>
/// A page is rendered on the server first and then comes alive in a circuit. The data loaded
/// for the first render is handed to the circuit, so the page's queries run once per visit.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class PrerenderingTests(LiveApp app)
{
    [Fact]
    public async Task Loading_the_savings_lens_reads_the_monthly_returns_once_per_query_not_twice()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London performance analyst", "NHS London");
        app.Commands.Clear();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        await page.GotoAsync("/sha/Q36?lens=savings");
        try
        {
            await Live.WaitForHeadingAsync(page, "NHS London");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The page did not come alive. Browser console:\n{string.Join("\n", console)}");
        }
        await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Contracts in the region" }).WaitForAsync();

        // GetRegionSavings reads MonthlyReturns twice (once per contract, once per month) and the
        // SPC matrix once; the board summary sends GetRegionSavings as at now and a year earlier
        // (four more); the savings funnel reads every listed contract, unpaged (two more). A second
        // run of any of them after the circuit starts would make it more.
        Assert.Equal(3 + 4 + 2, app.Commands.CountMentioning("MonthlyReturns"));
    }
}
