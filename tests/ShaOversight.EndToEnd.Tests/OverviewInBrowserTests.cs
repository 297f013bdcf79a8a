using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

[Collection(LiveAppCollection.Name)]
public sealed class OverviewInBrowserTests(LiveApp app)
{
    public static TheoryData<string, string, string, int> DemoUsers => new()
    {
        { "national", "Demo: DoH commissioning directorate", "England overview", 10 },
        { "sha", "Demo: NHS London board member", "NHS London", 1 },
        { "analyst", "Demo: NHS London performance analyst", "NHS London", 1 },
        { "pct", "Demo: Hillingdon PCT chief executive", "Hillingdon PCT", 1 },
        { "admin", "Demo: system administrator", "England overview", 10 },
    };

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Each_demo_user_lands_on_their_own_level_and_sees_the_figures_the_database_holds(string key, string name, string landing, int regionCount)
    {
        var page = await app.NewPageAsync();
        var signIn = await SignInPage.OpenAsync(page, "/");

        await signIn.SignInAsAsync(name, landing);
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"landing-{key}");
        var overview = await OverviewPage.OpenAsync(page);

        await page.GetByRole(AriaRole.Complementary, new() { Name = "Demonstration data notice" }).WaitForAsync();
        var expected = await ExpectedFiguresAsync();
        var regions = await overview.RegionNamesAsync();
        Assert.Equal(regionCount, regions.Count);
        if (regionCount == 1) Assert.Equal("NHS London", regions[0]);
        foreach (var region in regions)
        {
            var (pcts, awarded, live) = expected[region];
            Assert.Equal(pcts.ToString(), await overview.CellOfAsync(region, "PCTs"));
            Assert.Equal(awarded.ToString(), await overview.CellOfAsync(region, "PCTs with a FESC contract awarded"));
            Assert.Equal(live.ToString(), await overview.CellOfAsync(region, "Contracts live"));
        }
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, $"overview-{key}");
    }

    [Fact]
    public async Task The_sign_in_page_is_accessible()
    {
        var page = await app.NewPageAsync();
        await SignInPage.OpenAsync(page);

        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "sign-in");
    }

    [Fact]
    public async Task Choosing_another_year_puts_it_in_the_address_and_reloads_the_figures()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");
        var overview = await OverviewPage.WaitForAsync(page);

        await page.GetByLabel("Financial year").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2008/09" }).ClickAsync();

        // Blazor navigates within the document, so wait for the new figures rather than a page load.
        await page.Locator("#overview-caption", new() { HasText = "2008/09, as at 31 Mar 2009" }).WaitForAsync();
        Assert.EndsWith("/england?year=2008-09", page.Url);
        Assert.Equal(10, await overview.Rows.CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Keyboard_users_can_skip_straight_to_the_content()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");

        // The skip link is the first thing a keyboard reaches, and it shows itself when focused.
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>(
            "() => document.querySelector('a[href], button, input, select, [tabindex]:not([tabindex=\"-1\"])').textContent.trim()"));
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await skipLink.FocusAsync();
        Assert.True((await skipLink.BoundingBoxAsync())!.X >= 0);

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Fact]
    public async Task Signing_out_returns_to_the_sign_in_page()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: Hillingdon PCT chief executive", "Hillingdon PCT");

        await new OverviewPage(page).SignOutAsync();

        Assert.Contains("/signin?signedOut=true", page.Url);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Exact = true }).WaitForAsync();
    }

    [Fact]
    public async Task A_user_with_no_role_is_told_plainly_and_the_page_is_accessible()
    {
        var page = await app.NewPageAsync();
        await SignInPage.OpenAsync(page);

        // The no-role user is not offered on the page; submit the real form with its key instead.
        await page.EvaluateAsync("() => { const f = document.querySelector('form[action=\"/account/demo-sign-in\"]'); f.querySelector('input[name=user]').value = 'norole'; f.submit(); }");

        await page.GetByRole(AriaRole.Heading, new() { Name = "You cannot use ShaOversight yet" }).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "access-denied");
    }

    [Fact]
    public async Task An_unknown_address_gets_an_accessible_not_found_page()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: system administrator", "England overview");

        var response = await page.GotoAsync("/no-such-page");

        Assert.Equal(404, response!.Status);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" }).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>Counted straight from the tables in SQL, not through the app's handlers.</summary>
    private async Task<Dictionary<string, (int Pcts, int Awarded, int Live)>> ExpectedFiguresAsync()
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sha.Name,
                   COUNT(p.Id),
                   SUM(CASE WHEN EXISTS (SELECT 1 FROM ContractCoverage cc JOIN Contracts c ON c.Id = cc.ContractId
                                         WHERE cc.PctId = p.Id AND c.AwardedOn <= '2010-03-31') THEN 1 ELSE 0 END),
                   (SELECT COUNT(*) FROM Contracts c JOIN Organisations b ON b.Id = c.BuyerId
                     WHERE COALESCE(b.ParentId, b.Id) = sha.Id AND c.AwardedOn <= '2010-03-31'
                       AND c.StartsOn <= '2010-03-31' AND c.EndsOn >= '2010-03-31')
            FROM Organisations sha JOIN Organisations p ON p.ParentId = sha.Id
            WHERE sha.Kind = 'StrategicHealthAuthority' AND p.Kind IN ('PrimaryCareTrust', 'CareTrust', 'CareTrustPlus')
            GROUP BY sha.Id, sha.Name
            """;
        var figures = new Dictionary<string, (int, int, int)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            figures[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        Assert.Equal(10, figures.Count);
        return figures;
    }
}
