using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// An SHA's lenses are rendered per request (docs/adr/009): the page as served is the whole
/// page, and the only interactive components in it are its islands. What the browser does on
/// such a page (the drawer, rows, drills, a live refresh) is tried in Chromium.
/// </summary>
[Collection(SharedApp.Name)]
public sealed partial class PerRequestPageTests(AppFactory app)
{
    private const string Period = "year=2009-10&asAt=2010-03-31";

    [Theory]
    // The live-refresh notice and the board-pack button; an analyst also gets the SPC notes form.
    [InlineData("sha", 2)]
    [InlineData("analyst", 3)]
    public async Task A_savings_lens_holds_only_its_islands_and_hands_no_page_state_to_a_circuit(string demoUser, int islands)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        var html = await client.GetStringAsync($"/sha/Q36?lens=savings&{Period}");

        Assert.Equal(islands, ServerComponentMarker().Matches(html).Count);
        // The islands' own state (who is signed in) is all that goes to their circuit, not the lens's figures.
        var state = ComponentState().Match(html);
        Assert.True(state.Length < 4_000, $"{state.Length} characters of state handed to the islands' circuit");
        // The whole page is in what was served: the contracts table and the charts' drawings.
        var page = await new HtmlParser().ParseDocumentAsync(html);
        Assert.NotEmpty(page.QuerySelectorAll("table[data-table='savings-contracts'] tbody tr"));
        Assert.NotEmpty(page.QuerySelectorAll(".drawing-holder svg"));
    }

    [Fact]
    public async Task A_live_page_is_still_one_interactive_root()
    {
        using var client = await app.SignedInClientAsync("national");

        var html = await client.GetStringAsync($"/england?{Period}");

        // The head and the routes: the whole page is one live tree.
        Assert.Equal(2, ServerComponentMarker().Matches(html).Count);
    }

    [Fact]
    public async Task The_period_forms_keep_the_rest_of_the_address_and_a_new_year_starts_at_its_own_date()
    {
        using var client = await app.SignedInClientAsync("sha");

        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/sha/Q36?lens=savings&{Period}&list=MICRO&savings-contracts-page=2"));
        var forms = page.QuerySelectorAll(".period-picker-forms form");

        Assert.Equal(2, forms.Length);
        var year = forms[0];
        Assert.Equal("get", year.GetAttribute("method"));
        Assert.Equal("/sha/Q36", year.GetAttribute("action"));
        Assert.Equal(["lens=savings", "list=MICRO", "savings-contracts-page=2"],
            year.QuerySelectorAll("input[type=hidden]").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}").Order());
        Assert.Equal("2009-10", year.QuerySelector("select[name=year] option[selected]")!.GetAttribute("value"));
        // The date form sends no year: the date decides it, so a year chosen in the other form but
        // not sent cannot clash with the date (ReportingPeriod.FromQuery).
        var asAt = forms[1];
        Assert.Equal(["lens=savings", "list=MICRO", "savings-contracts-page=2"],
            asAt.QuerySelectorAll("input[type=hidden]").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}").Order());
        var date = asAt.QuerySelector("input[name=asAt]")!;
        Assert.Equal("2010-03-31", date.GetAttribute("value"));
        Assert.Equal(("2007-04-01", "2010-03-31"), (date.GetAttribute("min"), date.GetAttribute("max")));
    }

    [Fact]
    public async Task A_drilled_lens_carries_the_marker_the_browser_focuses_and_announces()
    {
        using var client = await app.SignedInClientAsync("sha");

        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/sha/Q36?lens=savings&{Period}&list=MICRO"));
        var marker = page.QuerySelector(".drill-result")!;

        Assert.Equal("contracts-filter", marker.GetAttribute("data-target"));
        // The drill's key (list and area), which app.js compares to tell a new drill from a sort or a refresh.
        Assert.Equal("MICRO|", marker.GetAttribute("data-key"));
        Assert.StartsWith("Showing the ", marker.GetAttribute("data-announcement"));
        Assert.NotNull(page.GetElementById("contracts-filter"));
    }

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^>]*")]
    private static partial Regex ComponentState();

    [GeneratedRegex("<!--Blazor:\\{\"type\":\"server\"")]
    private static partial Regex ServerComponentMarker();
}
