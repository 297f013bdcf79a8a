using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Pages;

/// <summary>The sign-in page, found by what a person sees: headings and button names.</summary>
public sealed class SignInPage(IPage page)
{
    public static async Task<SignInPage> OpenAsync(IPage page, string path = "/signin")
    {
        await page.GotoAsync(path);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Exact = true }).WaitForAsync();
        return new SignInPage(page);
    }

    /// <summary>Signs in and waits for the page the user lands on: England, their SHA, or their PCT.</summary>
    public async Task<IPage> SignInAsAsync(string demoUserName, string landingHeading)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = demoUserName }).ClickAsync();
        await Live.WaitForHeadingAsync(page, landingHeading);
        return page;
    }
}
