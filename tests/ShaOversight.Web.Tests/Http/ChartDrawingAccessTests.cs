using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Web.Components.Charts;
using ShaOversight.Web.Security;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// A live page's chart drawings are fetched by address (Components/Charts): only by a signed-in
/// user who drew them, and never by anyone else, whatever they know of the address.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ChartDrawingAccessTests(AppFactory app)
{
    private string KeepFor(string demoUser, string svg) =>
        ChartDrawings.AddressPrefix + app.Services.GetRequiredService<ChartDrawingStore>().Keep(DemoUsers.Find(demoUser)!.ObjectId, svg);

    [Fact]
    public async Task The_user_who_drew_a_chart_fetches_it_as_an_svg_image_their_browser_does_not_store()
    {
        const string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spc-svg\"><title>NHS London savings</title></svg>";
        var address = KeepFor("sha", svg);
        using var client = await app.SignedInClientAsync("sha");

        var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(svg, await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.CacheControl?.NoStore, "a drawing holds data, so the browser must not store it");
    }

    [Fact]
    public async Task Another_user_with_the_address_is_told_it_is_not_found()
    {
        var address = KeepFor("sha", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Only NHS London's board sees this</title></svg>");
        using var national = await app.SignedInClientAsync("national");

        var response = await national.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("NHS London", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in()
    {
        var address = KeepFor("sha", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Signed in only</title></svg>");
        using var anonymous = app.AnonymousClient();

        var response = await anonymous.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("signin", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_address_never_kept_says_so_in_plain_english()
    {
        using var client = await app.SignedInClientAsync("sha");

        var response = await client.GetAsync(ChartDrawings.AddressPrefix + "0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Reload the page", await response.Content.ReadAsStringAsync());
    }
}
