using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>The board secretary's errand: open the SHA, press the board pack button, get the PDF.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class ExportsInBrowserTests(LiveApp app)
{
    [Fact]
    public async Task The_board_pack_button_prepares_the_pack_on_the_server_and_the_browser_saves_the_pdf()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        await Live.WaitForHeadingAsync(page, "NHS London");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("board-pack-button").ClickAsync());

        Assert.Matches(@"^nhs-london-board-pack-\d{4}-\d{2}-as-at-\d{4}-\d{2}-\d{2}\.pdf$", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        await page.GetByRole(AriaRole.Status).GetByText("Board pack ready").WaitForAsync();
        Assert.Equal("Download the board pack (PDF)", (await page.GetByTestId("board-pack-button").InnerTextAsync()).Trim());
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
