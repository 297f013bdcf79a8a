using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

[Collection(LiveAppCollection.Name)]
public sealed class BoardSummaryInBrowserTests(LiveApp app)
{
    [Fact]
    public async Task The_board_summary_opens_england_the_sha_and_the_pct_above_the_fold_at_1366_by_768_and_passes_axe()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");

        foreach (var (path, heading, name) in new[] { ("/england", "England overview", "england"), ("/sha/Q36", "NHS London", "sha"), ("/pct/5AT", "Hillingdon PCT", "pct") })
        {
            if (!page.Url.EndsWith(path, StringComparison.Ordinal)) await page.GotoAsync(path);
            await Live.WaitForHeadingAsync(page, heading);
            var summary = page.GetByTestId("board-summary");
            await summary.WaitForAsync();
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");

            // Every tile, each a link to its lens, ends above the fold.
            Assert.Equal(4, await summary.Locator(".board-tile").CountAsync());
            Assert.Equal(4, await summary.Locator(".board-tile-title a").CountAsync());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"board-summary-{name}.png") });
            var box = await summary.BoundingBoxAsync();
            Assert.True(box!.Y + box.Height <= 768, $"The summary on {path} ends at {box.Y + box.Height:0} px, below the fold at 768 px.");
            await Accessibility.AssertNoViolationsAsync(page);
        }

        // On a phone the tiles stack and nothing scrolls sideways.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    [Fact]
    public async Task The_board_pack_opens_as_an_accessible_web_page_from_beside_its_pdf()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");

        await page.GetByRole(AriaRole.Link, new() { Name = "Board pack as a web page" }).ClickAsync();
        await page.WaitForURLAsync("**/exports/board-pack.html?**");
        await page.GetByRole(AriaRole.Heading, new() { Name = "NHS London", Level = 1 }).WaitForAsync();

        Assert.Equal("Board pack: NHS London, 2009/10", await page.TitleAsync());
        Assert.True(await page.Locator("figure img").CountAsync() >= 3);
        // Each chart picture is drawn: a broken SVG would load with no width.
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)"));
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "board-pack-web-page");
    }
}
