using Microsoft.AspNetCore.Components;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Core.Security;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Features.Uptake;

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

        var table = RenderBuyers(buyers, FescStage.BoardApproved);

        var names = table.FindAll("tbody [data-heading='Buyer']").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Equal(["Brent Teaching PCT", "Ealing PCT"], names.Order().ToList());
        Assert.Contains("Showing the 2 buyers whose current stage is Board approved", table.Find(".filter-note").TextContent);
        Assert.Equal("/sha/Q36?lens=uptake", table.Find(".filter-note a").GetAttribute("href"));
    }

    [Fact]
    public void A_bar_charts_figures_link_each_row_where_its_bar_drills_in_the_same_order()
    {
        IReadOnlyList<ChartBar> bars = [new("Micro list", 3, "/sha/Q36?lens=savings&list=MICRO"), new("Macro list", 2, "/sha/Q36?lens=savings&list=MACRO")];

        var chart = Context.Render<CategoryBarChart>(p => p.Add(x => x.Bars, bars).Add(x => x.ValueLabel, "Contracts").Add(x => x.Title, "Contracts by list"));
        var uptake = Uptake([]) with { ByList = [new("MACRO", "Macro list", 2), new("MICRO", "Micro list", 3)] };
        var table = RenderFigures(new UptakeListsTable(), uptake, bars);

        var barHrefs = chart.FindAll("svg.chart-links a.bar-link").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(barHrefs, table.FindAll("tbody a").Select(a => a.GetAttribute("href")).ToArray());
        Assert.Equal(["3", "2"], table.FindAll("tbody td.num").Select(td => td.TextContent).ToArray());
        Assert.Equal(["Micro list", "Macro list"], chart.FindAll("svg.bar-svg text").Select(t => t.TextContent.Trim()).Where(t => t.EndsWith("list")).ToArray());
    }

    [Fact]
    public void Every_bar_even_one_of_nothing_has_its_own_link_over_its_row()
    {
        IReadOnlyList<ChartBar> bars = [new("Interest expressed", 4, "/a"), new("Business case drafted", 0, "/b"), new("Board approved", 2, "/c")];

        var chart = Context.Render<CategoryBarChart>(p => p.Add(x => x.Bars, bars).Add(x => x.ValueLabel, "Buyers").Add(x => x.Title, "Pipeline"));

        var links = chart.FindAll("svg.chart-links a.bar-link");
        Assert.Equal(["/a", "/b", "/c"], links.Select(a => a.GetAttribute("href")));
        // Rows run top to bottom without overlapping, so a click lands on one bar only.
        var tops = links.Select(a => double.Parse(a.QuerySelector("rect")!.GetAttribute("y")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(tops.Order(), tops);
        Assert.All(links, a => Assert.Equal("-1", a.GetAttribute("tabindex")));
        Assert.Equal("true", chart.Find("svg.chart-links").GetAttribute("aria-hidden"));
    }

    [Fact]
    public void The_chosen_bar_is_marked_in_the_chart_and_its_row_in_the_figures_not_by_colour_alone()
    {
        IReadOnlyList<ChartBar> bars = [new("Interest expressed", 4, "/a"), new("Board approved", 2, "/c", IsSelected: true)];

        var chart = Context.Render<CategoryBarChart>(p => p.Add(x => x.Bars, bars).Add(x => x.ValueLabel, "Buyers").Add(x => x.Title, "Pipeline"));
        var uptake = Uptake([]) with { Pipeline = [new(FescStage.InterestExpressed, 4), new(FescStage.BoardApproved, 2)] };
        var table = RenderFigures(new UptakePipelineTable(), uptake, bars);

        Assert.Contains(chart.FindAll("svg.bar-svg text"), t => t.TextContent.Trim() == "► Board approved");
        Assert.Equal("/c", chart.Find("a.bar-link.selected").GetAttribute("href"));
        var chosen = Assert.Single(table.FindAll("tbody a[aria-current='true']"));
        Assert.Equal("/c", chosen.GetAttribute("href"));
        Assert.Equal("► Board approved", chosen.TextContent.Trim());
    }

    [Fact]
    public void A_bar_chart_is_an_image_with_a_title_and_a_summary_screen_readers_can_reach()
    {
        IReadOnlyList<ChartBar> bars = [new("Live", 12), new("Board approved", 2)];

        var frame = Context.Render<ChartFrame>(p => p.Add(x => x.Title, "Pipeline by stage").Add(x => x.ChartIsImage, true)
            .Add(x => x.Chart, (RenderFragment)(b =>
            {
                b.OpenComponent<CategoryBarChart>(0);
                b.AddAttribute(1, nameof(CategoryBarChart.Bars), bars);
                b.AddAttribute(2, nameof(CategoryBarChart.ValueLabel), "Buyers");
                b.AddAttribute(3, nameof(CategoryBarChart.Title), "Pipeline by stage");
                b.CloseComponent();
            })));

        Assert.Null(frame.Find(".chart-body").GetAttribute("aria-hidden"));
        var svg = frame.Find("svg.bar-svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        var named = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("Pipeline by stage", frame.Find($"#{named[0]}").TextContent);
        Assert.Contains("Largest: Live, 12.", frame.Find($"#{named[1]}").TextContent);
    }

    [Fact]
    public void A_stage_chosen_in_the_chart_brings_the_filtered_buyers_into_view_once_and_announces_them()
    {
        IReadOnlyList<BuyerStageRow> buyers = [new("5K5", "Brent Teaching PCT", OrganisationKind.PrimaryCareTrust, FescStage.BoardApproved, new DateOnly(2008, 9, 1), 30, false)];

        var table = RenderBuyers(buyers, FescStage.BoardApproved);
        table.Render();

        var shown = Assert.Single(Context.JSInterop.Invocations, i => i.Identifier == "shaoShowDrillResult");
        Assert.Equal(["buyers-filter", "Showing the 1 buyer whose current stage is Board approved."], shown.Arguments);
        Assert.Equal("-1", table.Find("#buyers-filter").GetAttribute("tabindex"));
    }
    private static RegionUptake Uptake(IReadOnlyList<BuyerStageRow> buyers) =>
        new(new OrganisationRef(7, "Q36", "NHS London"), Period2008.AsAt, RegionView.Full, 31, 8, [], [], [], [], buyers, 180);

    private IRenderedComponent<BuyersTable> RenderBuyers(IReadOnlyList<BuyerStageRow> buyers, FescStage stage) =>
        Context.Render<BuyersTable>(p => p.Add(x => x.Uptake, Uptake(buyers)).Add(x => x.Period, Period2008)
            .Add(x => x.Request, new TableRequest(Period2008.Year, Period2008.AsAt, "Q36") { Filters = new TableFilters(Stage: StageNames.Slug(stage)) })
            .Add(x => x.Stage, stage).Add(x => x.AllBuyersHref, "/sha/Q36?lens=uptake"));

    private IRenderedComponent<NamedCountTable<RegionUptake, TRow>> RenderFigures<TRow>(FeatureTable<RegionUptake, TRow> table, RegionUptake uptake, IReadOnlyList<ChartBar> bars) =>
        Context.Render<NamedCountTable<RegionUptake, TRow>>(p => p.Add(x => x.Table, table).Add(x => x.Source, uptake).Add(x => x.Period, Period2008)
            .Add(x => x.Request, new TableRequest(Period2008.Year, Period2008.AsAt, "Q36")).Add(x => x.Caption, "Figures").Add(x => x.Bars, bars));
}
