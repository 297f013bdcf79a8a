using System.Net;
using System.Text.RegularExpressions;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>The pilot tracker's pages through the real demo sign-in: who may open them, and what a bad address gets.</summary>
[Collection(SharedApp.Name)]
public sealed partial class PilotPageAccessTests(AppFactory app)
{
    private static readonly string[] SevenPilots =
    [
        "Ashton, Leigh and Wigan PCT", "Cambridgeshire PCT", "NHS East of England", "Hampshire PCT", "Hillingdon PCT",
        "North East Lincolnshire Care Trust Plus", "West Midlands Commissioning Business Support Agency",
    ];

    public static TheoryData<string> EveryRole => new() { "national", "sha", "analyst", "pct", "admin" };

    [Theory]
    [InlineData("/pilots", "/signin?ReturnUrl=%2Fpilots")]
    [InlineData("/pilots/1", "/signin?ReturnUrl=%2Fpilots%2F1")]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_brought_back(string path, string redirectsTo)
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(redirectsTo, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_user_with_no_role_is_turned_away()
    {
        using var client = await app.SignedInClientAsync("norole");

        using var response = await client.GetAsync("/pilots");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location?.ToString());
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_role_may_open_the_tracker_and_a_pilot_from_it(string demoUser)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        using var tracker = await client.GetAsync("/pilots");
        var trackerHtml = await tracker.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tracker.StatusCode);
        Assert.All(SevenPilots, name => Assert.Contains($">{name}</a>", trackerHtml));

        var id = HillingdonLink().Match(trackerHtml).Groups[1].Value;
        Assert.NotEmpty(id);
        using var pilot = await client.GetAsync($"/pilots/{id}");
        var pilotHtml = await pilot.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, pilot.StatusCode);
        Assert.Matches("<h1[^>]*>Hillingdon PCT</h1>", pilotHtml);
        Assert.Contains("BUPA Commissioning to interrogate and validate", pilotHtml);
    }

    [Theory]
    [InlineData("/pilots/abc")]
    [InlineData("/pilots/99999999999")]
    public async Task An_address_that_is_not_a_pilot_number_is_not_found(string path)
    {
        using var client = await app.SignedInClientAsync("national");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/pilots/99999")]
    [InlineData("/pilots/0")]
    [InlineData("/pilots/-5")]
    public async Task A_pilot_number_that_names_no_pilot_gets_the_not_found_page(string path)
    {
        using var client = await app.SignedInClientAsync("pct");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("href=\"/pilots/(\\d+)\"[^>]*>Hillingdon PCT</a>")]
    private static partial Regex HillingdonLink();
}
