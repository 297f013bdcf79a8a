using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>The content security policy is strict; Chromium enforcing it must still run every part of the app it touches.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class SecurityPolicyInBrowserTests(LiveApp app)
{
    [Fact]
    public async Task Signing_in_and_working_in_a_live_page_breaks_no_part_of_the_content_security_policy()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        page.PageError += (_, error) => violations.Add(error);

        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");
        await OverviewPage.WaitForAsync(page);
        await page.GetByLabel("Financial year").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "2008/09" }).ClickAsync();
        await page.Locator("#overview-caption", new() { HasText = "2008/09, as at 31 Mar 2009" }).WaitForAsync();

        Assert.Empty(violations);
    }
}
