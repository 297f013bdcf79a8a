using System.Text.RegularExpressions;
using System.Xml.Linq;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Funnels;

namespace ShaOversight.Web.Tests.Components;

public sealed class UptakeFunnelChartTests : ComponentTest
{
    // England 40 of 80 PCTs: target 50%. North 20 of 20 is above the 99.8% limit (81.3% at n = 20); South 10 of 20 sits on the target.
    private static EnglandOverview Overview() => new(new FinancialYear(2009), new DateOnly(2010, 3, 31),
        [new(1, "Q30", "NHS North East", 20, 20, 0, 0, 0, 0, 0, 0), new(2, "Q39", "NHS South Central", 20, 10, 0, 0, 0, 0, 0, 0)],
        new ShaOverviewRow(0, "ENG", "England", 80, 40, 0, 0, 0, 0, 0, 0));

    [Fact]
    public void The_table_beside_the_funnel_says_where_each_sha_sits_and_links_to_it()
    {
        var chart = Context.Render<UptakeFunnelChart>(p => p.Add(x => x.Overview, Overview()).Add(x => x.Period, ReportingPeriod.Default));

        var rows = chart.FindAll(".funnel-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Above 99.8% limit", rows[0].QuerySelectorAll("td")[^1].TextContent);
        Assert.Equal("Within limits", rows[1].QuerySelectorAll("td")[^1].TextContent);
        Assert.Equal("25.6%", rows[1].QuerySelector("[data-heading='95% lower limit (%)']")!.TextContent);
        Assert.Equal("69.4%", rows[1].QuerySelector("[data-heading='95% upper limit (%)']")!.TextContent);
        Assert.Equal(PageLinks.Sha("Q30", ReportingPeriod.Default), rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("NHS North East (20 of 20 PCTs, 100%) is above 99.8% limit.", chart.Find(".funnel-outside").TextContent);
        Assert.Contains("England's share (50.0%)", chart.Markup);
    }

    [Fact]
    public void Every_point_in_the_drawn_funnel_drills_where_its_row_does()
    {
        var chart = Context.Render<UptakeFunnelChart>(p => p.Add(x => x.Overview, Overview()).Add(x => x.Period, ReportingPeriod.Default));

        var pointLinks = chart.FindAll("svg a.funnel-point").Select(a => a.GetAttribute("href")).ToArray();
        var rowLinks = chart.FindAll(".funnel-table tbody a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(rowLinks, pointLinks);
    }

    [Fact]
    public void The_viewers_own_sha_is_marked_yours_in_the_table_and_named_as_yours_on_the_plot()
    {
        // South Central sits on England's share, so the plot would not name it but for being the viewer's.
        var chart = Context.Render<UptakeFunnelChart>(p => p.Add(x => x.Overview, Overview() with { ViewersShaCode = "Q39" }).Add(x => x.Period, ReportingPeriod.Default));

        var rows = chart.FindAll(".funnel-table tbody tr");
        Assert.DoesNotContain("(yours)", rows[0].TextContent);
        Assert.Equal("NHS South Central (yours)", Regex.Replace(rows[1].QuerySelector("th [data-heading='SHA']")!.TextContent, @"\s+", " ").Trim());
        Assert.Contains("NHS South Central", DrawnText(chart));
        Assert.Contains("Yours", DrawnText(chart));
        Assert.Contains("Your SHA, NHS South Central, has 10 of 20 PCTs with a contract (50%)", chart.Find(".funnel-yours").TextContent);
    }

    [Fact]
    public void A_national_viewer_has_no_sha_marked_as_theirs()
    {
        var chart = Context.Render<UptakeFunnelChart>(p => p.Add(x => x.Overview, Overview()).Add(x => x.Period, ReportingPeriod.Default));

        Assert.DoesNotContain("(yours)", chart.Markup);
        Assert.Empty(chart.FindAll(".funnel-yours"));
        Assert.DoesNotContain("Yours", DrawnText(chart));
        Assert.DoesNotContain("NHS South Central", DrawnText(chart));
    }

    /// <summary>The words drawn on the plot itself, leaving out the drill links' tooltips, which name every point.</summary>
    private static string[] DrawnText(IRenderedComponent<UptakeFunnelChart> chart) =>
        [.. XDocument.Parse(chart.Find("svg").OuterHtml).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
}
