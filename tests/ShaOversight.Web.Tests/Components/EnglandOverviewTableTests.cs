using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Overview;

namespace ShaOversight.Web.Tests.Components;

public sealed class EnglandOverviewTableTests : ComponentTest
{
    private static readonly ShaOverviewRow London = new(7, "Q36", "NHS London", 31, 8, 5, 2_450_000m, 3_000_000m, 600, 300, 1);
    private static readonly ShaOverviewRow NorthEast = new(1, "Q30", "NHS North East", 12, 0, 0, 0m, 0m, 0, 0, 0);

    private static EnglandOverview Overview(params ShaOverviewRow[] rows) => new(
        new FinancialYear(2009), new DateOnly(2010, 3, 31), rows,
        new ShaOverviewRow(0, "ENG", "England", 152, 40, 30, 9_000_000m, 10_000_000m, 3000, 1500, 7));

    [Fact]
    public void Shows_each_region_with_its_figures_in_plain_terms()
    {
        var table = Context.Render<EnglandOverviewTable>(p => p.Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Overview, Overview(London)));

        var row = table.FindAll("tbody tr.mud-table-row").Single();
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.StartsWith("NHS London", cells[0]);
        Assert.Equal("31", cells[1]);
        Assert.Equal("26% (8 of 31)", cells[2]);
        Assert.Equal("5", cells[3]);
        Assert.Equal("£2.5m", cells[4]);
        Assert.Equal("£3.0m", cells[5]);
        Assert.Equal("82%", cells[6]);
        Assert.Equal("2.00", cells[7]);
        Assert.Contains("as at 31 Mar 2010", table.Find("#overview-caption").TextContent);
    }

    [Fact]
    public void Shows_a_dash_where_there_is_nothing_to_divide_never_a_zero_or_an_error()
    {
        var table = Context.Render<EnglandOverviewTable>(p => p.Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Overview, Overview(NorthEast)));

        var cells = table.FindAll("tbody tr.mud-table-row td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal("0% (0 of 12)", cells[2]);
        Assert.Equal("–", cells[6]);
        Assert.Equal("–", cells[7]);
    }

    [Fact]
    public void Totals_england_in_the_footer()
    {
        var table = Context.Render<EnglandOverviewTable>(p => p.Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Overview, Overview(London, NorthEast)));

        var footer = table.Find("tfoot").TextContent;
        Assert.Contains("England", footer);
        Assert.Contains("26% (40 of 152)", footer);
        Assert.Contains("£9.0m", footer);
        Assert.Equal(2, table.FindAll("tbody tr.mud-table-row").Count);
    }

    [Fact]
    public void Explains_an_empty_scope_instead_of_showing_a_blank_table()
    {
        var table = Context.Render<EnglandOverviewTable>(p => p.Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Overview, Overview()));

        Assert.Contains("No strategic health authority is within your scope", table.Markup);
    }

    [Fact]
    public void Every_figure_heading_carries_an_explanation_for_screen_readers()
    {
        var table = Context.Render<EnglandOverviewTable>(p => p.Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Overview, Overview(London)));

        var hints = table.FindAll("th .hint");
        Assert.Equal(7, hints.Count);
        Assert.All(hints, hint => Assert.False(string.IsNullOrWhiteSpace(hint.GetAttribute("aria-label"))));
        Assert.All(hints, hint => Assert.Equal("0", hint.GetAttribute("tabindex")));
    }
}
