using Microsoft.Playwright;
using ShaOversight.Core.Domain;
using ShaOversight.Web.Components.Shared;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>The board's drill path, by clicks only: England › NHS London › Hillingdon PCT › BUPA contract › a month.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class DrillDownInBrowserTests(LiveApp app)
{
    [Fact]
    public async Task A_national_user_drills_from_england_to_one_month_of_the_bupa_contract()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");
        await OverviewPage.WaitForAsync(page);

        // The summary table's link; the funnel's table beside the plot links there too.
        await page.GetByRole(AriaRole.Link, new() { Name = "NHS London", Exact = true }).First.ClickAsync();
        await Live.WaitForHeadingAsync(page, "NHS London");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Buyers and how long they have been in their stage" }).WaitForAsync();
        await CheckAsync(page, "sha-london-uptake");

        await page.GetByRole(AriaRole.Link, new() { Name = "Hillingdon PCT", Exact = true }).ClickAsync();
        await Live.WaitForHeadingAsync(page, "Hillingdon PCT");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Contracts serving this PCT" }).WaitForAsync();
        await CheckAsync(page, "pct-hillingdon");

        await page.GetByRole(AriaRole.Link, new() { Name = "FESC-5AT-001" }).ClickAsync();
        await Live.WaitForHeadingAsync(page, "FESC-5AT-001: External support for acute contract performance management");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Monthly returns" }).WaitForAsync();
        Assert.Equal(["England", "NHS London", "Hillingdon PCT", "FESC-5AT-001"],
            (await page.Locator(".breadcrumbs li.mud-breadcrumb-item").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        await CheckAsync(page, "contract-bupa");

        await page.GetByRole(AriaRole.Link, new() { Name = "June 2008" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Return for June 2008" }).WaitForAsync();
        Assert.Contains("month=2008-06", page.Url);
        await CheckAsync(page, "contract-bupa-june-2008");
    }

    [Theory]
    [InlineData("savings", "Contracts in the region")]
    [InlineData("assurance", "Competency scores by PCT")]
    public async Task Each_lens_of_an_sha_opens_with_its_summary_and_is_accessible(string lens, string heading)
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London performance analyst", "NHS London");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Lenses" }).GetByRole(AriaRole.Link).Nth(lens == "savings" ? 1 : 2).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = heading }).WaitForAsync();
        Assert.Contains($"lens={lens}", page.Url);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Summary", Exact = true }).WaitForAsync();
        await CheckAsync(page, $"sha-london-{lens}");
    }

    [Fact]
    public async Task Clicking_a_heat_map_cell_opens_that_pct()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        await page.GotoAsync("/sha/Q36?lens=assurance");
        await Live.WaitForHeadingAsync(page, "NHS London");

        await page.Locator("table.heatmap tbody tr", new() { HasText = "Hillingdon PCT" }).Locator("td").First.ClickAsync();

        await Live.WaitForHeadingAsync(page, "Hillingdon PCT");
        Assert.Contains("/pct/5AT", page.Url);
    }

    [Fact]
    public async Task Choosing_a_point_in_the_uptake_funnel_drills_into_that_sha()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");
        await OverviewPage.WaitForAsync(page);

        // Each SHA's point in the funnel links to it, as its row in the table beside does.
        var point = page.Locator("a.funnel-point[data-label='NHS East of England'] circle");
        await point.ClickAsync(new() { Force = true });

        await Live.WaitForHeadingAsync(page, "NHS East of England");
    }

    [Fact]
    public async Task Clicking_a_point_on_the_contracts_xmr_chart_opens_that_month()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: Hillingdon PCT chief executive", "Hillingdon PCT");
        await page.GetByRole(AriaRole.Link, new() { Name = "FESC-5AT-001" }).ClickAsync();
        await Live.WaitForHeadingAsync(page, "FESC-5AT-001: External support for acute contract performance management");

        await ChartClicks.ClickAsync(ChartClicks.PointFor(page, "June 2008"));

        await page.GetByRole(AriaRole.Heading, new() { Name = "Return for June 2008" }).WaitForAsync();
        Assert.Contains("month=2008-06", page.Url);
        Assert.Contains("pct=5AT", page.Url);
        await CheckAsync(page, "contract-bupa-point-june-2008");
    }

    [Fact]
    public async Task Clicking_a_point_on_the_regions_xmr_chart_lists_the_contracts_behind_that_month()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London performance analyst", "NHS London");
        await page.GotoAsync("/sha/Q36?lens=savings");
        await Live.WaitForHeadingAsync(page, "NHS London");

        await ChartClicks.ClickAsync(ChartClicks.PointFor(page, "June 2008"));

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "June 2008: the contracts behind it" });
        await panel.WaitForAsync();
        Assert.Contains("lens=savings", page.Url);
        Assert.Contains("month=2008-06", page.Url);
        await CheckAsync(page, "sha-london-savings-june-2008");

        await panel.GetByRole(AriaRole.Link, new() { Name = "FESC-5AT-001" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Return for June 2008" }).WaitForAsync();
    }

    [Fact]
    public async Task Clicking_a_point_on_a_pcts_xmr_chart_lists_its_contracts_behind_that_month()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: Hillingdon PCT chief executive", "Hillingdon PCT");

        await ChartClicks.ClickAsync(ChartClicks.PointFor(page, "October 2008"));

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "October 2008: the contracts behind it" });
        await panel.WaitForAsync();
        Assert.Contains("/pct/5AT", page.Url);
        Assert.Contains("month=2008-10", page.Url);
        Assert.Equal(1, await ChartClicks.PointFor(page, "October 2008").And(page.Locator(".selected")).CountAsync());
        await CheckAsync(page, "pct-hillingdon-october-2008");
    }

    [Fact]
    public async Task Clicking_a_pipeline_bar_highlights_it_and_brings_the_buyers_at_that_stage_into_view_focused_and_announced()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        var pipeline = page.Locator(".chart-frame", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Pipeline by stage" }) });

        // One bar per stage, in the order of the stages; the busiest stage is read from the figures behind the chart,
        // which are built when opened.
        await pipeline.GetByText("Show the figures").ClickAsync();
        await pipeline.Locator("table.figures tbody td.num").First.WaitForAsync();
        var counts = (await pipeline.Locator("table.figures tbody td.num").AllTextContentsAsync()).Select(int.Parse).ToList();
        var busiest = counts.IndexOf(counts.Max());
        var stage = Enum.GetValues<FescStage>()[busiest];
        await pipeline.Locator("a.bar-link rect").Nth(busiest).ClickAsync();

        var note = page.Locator("#buyers-filter", new() { HasText = $"whose current stage is {StageNames.Of(stage)}" });
        await note.WaitForAsync();
        Assert.Contains($"stage={StageNames.Slug(stage)}", page.Url);
        var stages = await page.Locator("#buyer-rows td[data-label='Stage']").AllInnerTextsAsync();
        Assert.Equal(counts.Max(), stages.Count);
        Assert.All(stages, shown => Assert.Equal(StageNames.Of(stage), shown.Trim()));

        // Highlighted in the chart (drawn and marked) and in its figures; focus and a polite announcement move to the result.
        Assert.Equal(1, await pipeline.Locator("svg.bar-svg text", new() { HasTextString = $"► {StageNames.Of(stage)}" }).CountAsync());
        Assert.Equal(busiest, await pipeline.Locator("a.bar-link").EvaluateAllAsync<int>("links => links.findIndex(a => a.classList.contains('selected'))"));
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'buyers-filter'");
        // Scrolled to the top, the note can sit a fraction of a pixel above it (-0.48 was seen): still in view.
        Assert.True(await note.IsVisibleAsync() && await note.EvaluateAsync<bool>("n => { const r = n.getBoundingClientRect(); return r.top > -1 && r.top < window.innerHeight; }"),
            "the filtered buyers are scrolled into view");
        await page.WaitForFunctionAsync($"() => document.getElementById('drill-announcer')?.textContent === 'Showing the {counts.Max()} buyer{(counts.Max() == 1 ? "" : "s")} whose current stage is {StageNames.Of(stage)}.'");
        Assert.Equal("status", await page.Locator("#drill-announcer").GetAttributeAsync("role"));
        await CheckAsync(page, "sha-london-uptake-stage");

        // The lens is rendered per request and patched in place: the figures opened before the drill
        // are still open, and sorting the filtered buyers is not a new drill, so focus stays on the
        // sort link rather than going back to the note.
        Assert.True(await pipeline.Locator("details.chart-figures").EvaluateAsync<bool>("d => d.open"));
        var sortHeader = page.Locator("#buyer-rows table thead th[aria-sort]").First;
        var order = await sortHeader.GetAttributeAsync("aria-sort");
        await sortHeader.Locator("a").ClickAsync();
        await Assertions.Expect(sortHeader).Not.ToHaveAttributeAsync("aria-sort", order!);
        Assert.Contains("stage=", page.Url);
        await Assertions.Expect(sortHeader.Locator("a")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Clicking_a_point_on_the_uptake_trend_shows_uptake_as_at_the_end_of_that_month()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");

        await ChartClicks.ClickAsync(ChartClicks.PointFor(page, "March 2009"));

        await page.WaitForURLAsync(url => url.Contains("asAt=2009-03-31"));
        Assert.Contains("year=2008-09", page.Url);
        await page.GetByRole(AriaRole.Heading, new() { Name = "Buyers and how long they have been in their stage" }).WaitForAsync();
    }

    [Fact]
    public async Task The_year_form_on_an_sha_lens_keeps_the_lens_and_its_filters_and_starts_at_the_years_own_date()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        await page.GotoAsync("/sha/Q36?lens=savings&year=2009-10&asAt=2010-01-31&list=MICRO");
        await Live.WaitForHeadingAsync(page, "NHS London");

        await page.GetByLabel("Financial year", new() { Exact = true }).SelectOptionAsync("2008-09");
        var show = page.GetByRole(AriaRole.Button, new() { Name = "Show year" });
        await show.ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("year=2008-09"));
        await Assertions.Expect(page.GetByLabel("As at", new() { Exact = true })).ToHaveValueAsync("2009-03-31");
        Assert.Contains("lens=savings", page.Url);
        Assert.Contains("list=MICRO", page.Url);
        Assert.DoesNotContain("asAt=", page.Url);
        // Patched in place, not loaded afresh: the button keeps focus.
        await Assertions.Expect(show).ToBeFocusedAsync();
        await CheckAsync(page, "sha-london-savings-period-form");
    }

    private static async Task CheckAsync(IPage page, string screenshot)
    {
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, screenshot);
    }
}
