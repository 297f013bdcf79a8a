using System.Net;
using System.Text.RegularExpressions;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>Every kind of response the app gives carries the same protective headers.</summary>
[Collection(ProductionApp.Name)]
public sealed partial class SecurityHeaderTests(ProductionApp app)
{
    private const string Download = "/exports/savings-months.csv?sha=Q36&year=2009-10&asAt=2010-03-31";

    public static TheoryData<string, string, string, bool> Responses() => new()
    {
        { "page", "GET", "/england", true },
        { "static file", "GET", "/favicon.svg", false },
        { "download", "GET", Download, true },
        { "not found", "GET", "/no-such-page", true },
        { "bad request", "GET", "/audit?page=abc", true },
        { "health", "GET", "/health/ready", true },
        { "hub negotiate", "POST", "/_blazor/negotiate?negotiateVersion=1", false },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Each_kind_of_response_carries_the_security_headers(string kind, string method, string path, bool holdsData)
    {
        using var client = await app.SignedInClientAsync("admin");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.True((int)response.StatusCode < 500, $"{kind} answered {(int)response.StatusCode}");
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"{kind} names its server");
        if (holdsData) Assert.Contains("no-store", Header(response, "Cache-Control"));
    }

    [Theory]
    [InlineData("/england")]
    [InlineData("/signin")]
    [InlineData("/no-such-page")]
    public async Task Pages_load_scripts_only_from_files_on_this_site(string path)
    {
        using var client = await app.SignedInClientAsync("admin");

        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("<script src=\"_framework/blazor.web.js\"></script>", html);
        Assert.Empty(InlineScript().Matches(html));
    }

    [Fact]
    public async Task Behind_a_known_proxy_an_https_request_gets_a_secure_session_cookie_and_hsts()
    {
        var (cookie, hsts) = await SignInThroughProxyAsync(ProductionApp.ProxyAddress);

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", hsts);
    }

    [Fact]
    public async Task A_client_that_is_not_a_known_proxy_cannot_claim_https()
    {
        var (cookie, hsts) = await SignInThroughProxyAsync("192.0.2.99");

        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Null(hsts);
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData("http://oversight.example.nhs.uk.evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://oversight.example.nhs.uk", HttpStatusCode.OK)]
    [InlineData(ProductionApp.PortalOrigin, HttpStatusCode.OK)]
    public async Task The_blazor_hub_accepts_only_this_sites_origin_and_the_configured_ones(string origin, HttpStatusCode expected)
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri("http://oversight.example.nhs.uk"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>
    /// Signs in as a load balancer would pass it on: plain HTTP from <paramref name="from"/>, saying
    /// the user's request was HTTPS. Cookies are carried by hand, since a cookie marked Secure
    /// would not be sent back over the test's plain HTTP.
    /// </summary>
    private async Task<(string SessionCookie, string? Hsts)> SignInThroughProxyAsync(string from)
    {
        using var client = app.CreateClient(new() { BaseAddress = new Uri("http://oversight.example.nhs.uk"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(ProductionApp.RemoteAddressHeader, from);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");

        using var signInPage = await client.GetAsync("/signin");
        var token = DemoSession.AntiforgeryTokenIn(await signInPage.Content.ReadAsStringAsync(), "sign-in");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/demo-sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["user"] = "national", ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", signInPage.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using var signedIn = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ShaOversight.Session=", StringComparison.Ordinal));
        return (session, signedIn.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    /// <summary>A script element with no src: inline code, which the policy would block.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
