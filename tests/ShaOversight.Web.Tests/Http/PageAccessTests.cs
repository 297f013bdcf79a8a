using System.Net;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>Every page against every demo role and anonymous: the expected answer is data, below.</summary>
[Collection(SharedApp.Name)]
public sealed class PageAccessTests(AppFactory app)
{
    private static readonly string?[] SignedInRoles = ["national", "sha", "analyst", "pct", "admin"];

    public static TheoryData<string?, string, int, string?> Matrix()
    {
        var data = new TheoryData<string?, string, int, string?>
        {
            { null, "/", 302, "/signin?ReturnUrl=%2F" },
            { null, "/england", 302, "/signin?ReturnUrl=%2Fengland" },
            { null, "/?year=2008-09", 302, "/signin" },
            { null, "/signin", 200, null },
            { null, "/access-denied", 200, null },
            { null, "/health/live", 200, null },
            { null, "/health/ready", 200, null },
            { null, "/no-such-page", 404, null },
            { "norole", "/", 302, "/access-denied" },
            { null, "/sha/Q36", 302, "/signin" },
            { null, "/pct/5AT", 302, "/signin" },
            { null, "/contracts/1", 302, "/signin" },
            { "norole", "/sha/Q36", 302, "/access-denied" },
            { "norole", "/england", 302, "/access-denied" },
            { "norole", "/access-denied", 403, null },
            { "norole", "/signin", 200, null },
        };
        data.Add("national", "/", 302, "/england?year=2009-10&asAt=2010-03-31");
        data.Add("admin", "/", 302, "/england?year=2009-10&asAt=2010-03-31");
        data.Add("sha", "/", 302, "/sha/Q36?year=2009-10&asAt=2010-03-31");
        data.Add("analyst", "/", 302, "/sha/Q36?year=2009-10&asAt=2010-03-31");
        data.Add("pct", "/", 302, "/pct/5AT?year=2009-10&asAt=2010-03-31");
        foreach (var role in SignedInRoles)
        {
            data.Add(role, "/england", 200, null);
            data.Add(role, "/england?year=2008-09&asAt=2009-03-31", 200, null);
            data.Add(role, "/england?year=not-a-year", 400, null);
            data.Add(role, "/sha/Q36?lens=sideways", 400, null);
            data.Add(role, "/sha/Q99", 404, null);
            data.Add(role, "/pct/XXX", 404, null);
            data.Add(role, "/contracts/999999", 404, null);
            data.Add(role, "/contracts/not-a-number", 404, null);
            data.Add(role, "/signin", 200, null);
            data.Add(role, "/access-denied", 403, null);
            data.Add(role, "/no-such-page", 404, null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_the_expected_answer_from_each_page(string? demoUser, string path, int status, string? redirectsTo)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        if (redirectsTo is not null) Assert.Contains(redirectsTo, response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("national", new[] { "NHS North East", "NHS London", "NHS South West" }, new string[0])]
    [InlineData("admin", new[] { "NHS North East", "NHS London" }, new string[0])]
    [InlineData("sha", new[] { "NHS London" }, new[] { "NHS North East", "NHS South West" })]
    [InlineData("pct", new[] { "NHS London" }, new[] { "NHS North East", "NHS South West" })]
    public async Task The_overview_served_to_each_role_holds_only_the_regions_it_may_see(string demoUser, string[] present, string[] absent)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        var html = await client.GetStringAsync("/england");

        Assert.Contains("England overview", html);
        Assert.Contains("Demonstration data</strong>", html);
        Assert.All(present, name => Assert.Contains(name, html));
        Assert.All(absent, name => Assert.DoesNotContain(name, html));
    }

    [Fact]
    public async Task A_bad_year_in_the_url_is_explained_not_thrown()
    {
        using var client = await app.SignedInClientAsync("national");

        using var response = await client.GetAsync("/england?year=2008-10");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This view cannot be shown", html);
        Assert.Contains("2008 is followed by 09, not 10", html);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var client = await app.SignedInClientAsync("national");
        var form = await DemoSession.SignInFormAsync(client, "national");

        using var signOut = await client.PostAsync("/account/sign-out", form);
        using var afterwards = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/signin?signedOut=true", signOut.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/signin", afterwards.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Demo_sign_in_without_an_antiforgery_token_is_refused()
    {
        using var client = app.AnonymousClient();

        using var response = await client.PostAsync("/account/demo-sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "admin" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/england?year=2008-09", "/england?year=2008-09")]
    [InlineData("/sha/Q36?lens=savings", "/sha/Q36?lens=savings")]
    public async Task Sign_in_only_returns_to_pages_on_this_site(string returnUrl, string expected)
    {
        using var client = app.AnonymousClient();

        using var response = await client.PostAsync("/account/demo-sign-in", await DemoSession.SignInFormAsync(client, "national", returnUrl));

        Assert.Equal(expected, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task An_unknown_demo_user_is_sent_back_to_choose_again()
    {
        using var client = app.AnonymousClient();

        using var response = await client.PostAsync("/account/demo-sign-in", await DemoSession.SignInFormAsync(client, "superuser"));

        Assert.Equal("/signin?error=unknown-user", response.Headers.Location?.ToString());
    }
}
