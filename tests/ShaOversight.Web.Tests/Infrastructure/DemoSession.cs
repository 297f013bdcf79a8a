using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ShaOversight.Web.Tests.Infrastructure;

/// <summary>Signs an HTTP client in through the real demo sign-in form, antiforgery token and all.</summary>
public static partial class DemoSession
{
    public static HttpClient AnonymousClient(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInClientAsync(this WebApplicationFactory<Program> factory, string? demoUser)
    {
        var client = factory.AnonymousClient();
        if (demoUser is null) return client;

        var response = await client.PostAsync("/account/demo-sign-in", await SignInFormAsync(client, demoUser));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Demo sign-in as {demoUser} answered {(int)response.StatusCode}.");
        return client;
    }

    public static async Task<FormUrlEncodedContent> SignInFormAsync(HttpClient client, string demoUser, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/signin");
        return new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = demoUser,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = AntiforgeryTokenIn(page, "sign-in"),
        });
    }

    /// <summary>The antiforgery token of the page's form, as a browser would post it back.</summary>
    public static string AntiforgeryTokenIn(string html, string pageName)
    {
        var token = AntiforgeryField().Match(html);
        if (!token.Success) throw new InvalidOperationException($"The {pageName} page has no antiforgery token.");
        return WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
