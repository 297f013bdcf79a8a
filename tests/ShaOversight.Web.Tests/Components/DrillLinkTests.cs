using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Regions;

namespace ShaOversight.Web.Tests.Components;

/// <summary>Drill addresses carry the view's filters, and a filter read back from an address is the one written.</summary>
public sealed class DrillLinkTests : ComponentTest
{
    private static readonly ReportingPeriod Period2008 = new(new FinancialYear(2008), new DateOnly(2009, 3, 31));

    [Fact]
    public void An_sha_address_carries_the_period_the_lens_and_every_drill_filter()
    {
        var href = PageLinks.Sha("Q36", Period2008, "savings", new ShaFilters(List: "MICRO", Area: "PMSR", Month: new DateOnly(2008, 6, 1)));

        Assert.Equal("/sha/Q36?year=2008-09&asAt=2009-03-31&lens=savings&list=MICRO&area=PMSR&month=2008-06", href);
    }

    [Fact]
    public void Every_stage_reads_back_from_the_address_it_writes()
    {
        foreach (var stage in Enum.GetValues<FescStage>())
        {
            var href = PageLinks.Sha("Q36", Period2008, "uptake", new ShaFilters(Stage: stage));
            var slug = href[(href.IndexOf("stage=", StringComparison.Ordinal) + "stage=".Length)..];
            Assert.Equal((stage, (string?)null), StageNames.FromQuery(slug));
        }
        Assert.Equal("invitation-to-tender-issued", StageNames.Slug(FescStage.InvitationToTenderIssued));
    }

    [Fact]
    public void An_unknown_stage_gets_a_plain_english_reason_naming_the_stages()
    {
        var (stage, problem) = StageNames.FromQuery("signed");

        Assert.Null(stage);
        Assert.Contains("'signed' is not a FESC stage", problem);
        Assert.Contains("board-approved", problem);
    }

    [Theory]
    [InlineData("2008-06-01", "2010-03-31", 2008, "2008-06-30")]
    [InlineData("2009-03-01", "2010-03-31", 2008, "2009-03-31")]
    [InlineData("2010-03-01", "2010-03-15", 2009, "2010-03-15")]
    public void A_months_view_is_as_at_its_last_day_in_its_financial_year_but_never_after_the_current_date(
        string month, string latest, int year, string asAt)
    {
        var period = ReportingPeriod.AtEndOf(DateOnly.Parse(month), DateOnly.Parse(latest));

        Assert.Equal(new ReportingPeriod(new FinancialYear(year), DateOnly.Parse(asAt)), period);
    }

    [Fact]
    public void A_stage_filter_lists_only_buyers_at_that_stage_and_offers_the_way_back()
    {
        BuyerStageRow Buyer(string name, FescStage stage) => new(name[..3], name, OrganisationKind.PrimaryCareTrust, stage, new DateOnly(2009, 1, 1), 90, false);
        var buyers = new[] { Buyer("Hillingdon PCT", FescStage.Live), Buyer("Brent Teaching PCT", FescStage.BoardApproved), Buyer("Ealing PCT", FescStage.BoardApproved) };

        var table = Context.Render<BuyersTable>(p => p.Add(x => x.Buyers, buyers).Add(x => x.Period, Period2008)
            .Add(x => x.Stage, FescStage.BoardApproved).Add(x => x.AllBuyersHref, "/sha/Q36?lens=uptake"));

        var names = table.FindAll("tbody tr.mud-table-row td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Brent Teaching PCT", "Ealing PCT"], names.Order().ToList());
        Assert.Contains("Showing the 2 buyers whose current stage is Board approved", table.Find(".filter-note").TextContent);
        Assert.Equal("/sha/Q36?lens=uptake", table.Find(".filter-note a").GetAttribute("href"));
    }

    [Fact]
    public void A_bar_charts_figures_link_each_row_where_its_bar_drills()
    {
        IReadOnlyList<ChartBar> bars = [new("Micro list", 3, "/sha/Q36?lens=savings&list=MICRO"), new("Macro list", 2, "/sha/Q36?lens=savings&list=MACRO")];

        var chart = Context.Render<CategoryBarChart>(p => p.Add(x => x.Bars, bars));
        var table = Context.Render<NamedCountTable>(p => p.Add(x => x.Heading, "Supplier list").Add(x => x.Bars, bars));

        var barHrefs = System.Text.Json.JsonSerializer.Deserialize<string[]>(chart.Find(".drillable-chart").GetAttribute("data-hrefs")!);
        Assert.Equal(barHrefs, table.FindAll("tbody a").Select(a => a.GetAttribute("href")).ToArray());
        Assert.Equal(["3", "2"], table.FindAll("tbody td.num").Select(td => td.TextContent).ToArray());
    }

    [Fact]
    public void A_bar_with_nothing_in_it_is_still_drawn_so_the_nth_bar_opens_the_nth_address()
    {
        // app.js maps the n-th drawn bar to the n-th address: a stage with no buyers must not shift the rest.
        IReadOnlyList<ChartBar> bars = [new("Interest expressed", 4, "/a"), new("Business case drafted", 0, "/b"), new("Board approved", 2, "/c")];

        var chart = Context.Render<CategoryBarChart>(p => p.Add(x => x.Bars, bars));

        // The same selector as app.js: MudBlazor also puts mud-chart-bar on the <svg> itself.
        Assert.Equal(bars.Count, chart.FindAll(".mud-charts-bar-series .mud-chart-bar").Count);
    }
}
