using System.Net;
using System.Text.RegularExpressions;

namespace WebBenchmark;

/// <summary>Signs an HttpClient in as a demo user, as the sign-in page's form does (antiforgery token included).</summary>
internal static partial class DemoSignIn
{
    public static async Task<HttpClient> ClientAsync(Uri server, string user)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true };
        var client = new HttpClient(handler) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(2) };
        var form = await client.GetStringAsync("/signin");
        var token = TokenField().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/account/demo-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = user, ["returnUrl"] = "/", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
