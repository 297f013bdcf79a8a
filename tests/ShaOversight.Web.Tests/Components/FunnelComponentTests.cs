using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Funnels;

namespace ShaOversight.Web.Tests.Components;

public sealed class FunnelComponentTests : ComponentTest
{
    private static PctCompositeRow Pct(string code, string sha, int competencyPoints, int governancePoints, bool canOpen) =>
        new(code, $"PCT {code}", sha, new WccComposite(competencyPoints, 10, 10, governancePoints, 3, []))
        {
            ShaName = $"SHA {sha}", CanOpenPct = canOpen, CanOpenSha = canOpen,
        };

    private static WccComposites Composites() => new(new FinancialYear(2009), 2, [],
        [
            Pct("5AT", "Q36", 20, 5, canOpen: true), Pct("5K5", "Q36", 14, 3, canOpen: false), Pct("5J4", "Q31", 17, 4, canOpen: false),
            Pct("5NL", "Q31", 12, 4, canOpen: false),
            new("5XX", "PCT 5XX", "Q31", new WccComposite(0, 0, 10, 4, 3, [])),
        ], "5AT", "Q36");

    [Fact]
    public void The_wcc_table_marks_the_viewers_pct_links_only_what_they_may_open_and_lists_the_unplotted()
    {
        var chart = Context.Render<WccCompositeChart>(p => p.Add(x => x.Data, Composites()).Add(x => x.Period, ReportingPeriod.Default));

        // Every PCT the download holds: the four plotted, then the one not plotted.
        var rows = chart.FindAll(".wcc-funnel-table tbody tr");
        Assert.Equal(5, rows.Count);
        var own = Assert.Single(rows, r => r.ClassList.Contains("funnel-own"));
        Assert.Contains("(yours)", own.TextContent);
        Assert.Equal(PageLinks.Pct("5AT", ReportingPeriod.Default), own.QuerySelector("a")!.GetAttribute("href"));
        Assert.Single(rows, r => r.ClassList.Contains("funnel-own-region"));
        Assert.Single(chart.FindAll(".wcc-funnel-table tbody a[href^='/pct/']"));
        Assert.Contains("PCT 5AT scores 75.0", chart.Find(".funnel-yours").TextContent);
        Assert.Contains("PCT 5XX", chart.Find(".funnel-unplotted").TextContent);
        Assert.Contains("/exports/wcc-funnel.csv", chart.Markup);
        Assert.Equal(["/pct/5AT"], chart.FindAll("svg a.funnel-point").Select(a => a.GetAttribute("href")!.Split('?')[0]));
    }

    [Fact]
    public void The_wcc_table_sorts_by_a_header_link_whose_order_is_in_the_address_and_the_download()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        IRenderedComponent<WccCompositeChart> Render() => Context.Render<WccCompositeChart>(p => p.Add(x => x.Data, Composites()).Add(x => x.Period, ReportingPeriod.Default));
        var chart = Render();
        string FirstPct() => chart.FindAll(".wcc-funnel-table tbody tr")[0].QuerySelector("[data-heading='PCT']")!.GetAttribute("data-value")!;
        Assert.Equal("PCT 5AT", FirstPct()); // rank 1 first

        var byName = chart.FindAll(".wcc-funnel-table thead a.sort-link").Single(a => a.TextContent == "PCT");
        Assert.Contains("wcc-funnel-sort=pct", byName.GetAttribute("href"));
        navigation.NavigateTo("/wcc/funnel?wcc-funnel-sort=pct-desc");
        chart = Render();

        Assert.Equal("descending", chart.Find(".wcc-funnel-table thead th[aria-sort='descending']").GetAttribute("aria-sort"));
        Assert.Contains("PCT", chart.Find(".wcc-funnel-table thead th[aria-sort='descending']").TextContent);
        Assert.Equal("PCT 5XX", FirstPct());
        Assert.Contains("sort=pct-desc", chart.Find("a[href^='/exports/wcc-funnel.csv']").GetAttribute("href"));
    }

    [Fact]
    public void The_savings_funnel_table_drills_to_each_contract_and_says_whether_the_limits_were_widened()
    {
        ContractSavingsRow Contract(int id, decimal target, decimal validated) => new(id, $"FESC-5AT-00{id}", "Title", "5AT", "Hillingdon PCT",
            "Supplier", "List", new(2009, 4, 1), new(2012, 3, 31), new SavingsMeasures(target * 3, target, validated, validated, 0, 0, null), null);
        ContractSavingsRow[] contracts = [Contract(1, 200_000, 180_000), Contract(2, 50_000, 60_000), Contract(3, 900_000, 850_000), Contract(4, 0, 0)];

        var period = ReportingPeriod.Default;
        var chart = Context.Render<SavingsFunnelChart>(p => p.Add(x => x.Funnel, new RegionSavingsFunnel("NHS London", SavingsFunnel.From(contracts)))
            .Add(x => x.Period, period).Add(x => x.Request, new TableRequest(period.Year, period.AsAt, "Q36")));
        // The figures are built when first opened, as a keyboard or pointer user opens them.
        chart.Find("details.chart-figures").TriggerEvent("ontoggle", EventArgs.Empty);

        var rows = chart.FindAll(".savings-funnel-table tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal(PageLinks.Contract(2, ReportingPeriod.Default), rows[0].QuerySelector("a")!.GetAttribute("href"));
        // Three contracts within what chance gives: the exact limits stand.
        Assert.Equal("No overdispersion (φ = 0.70): exact limits shown.", chart.Find(".funnel-adjustment").TextContent);
        Assert.Contains("1 contract has no phased target to date yet", chart.Markup);
        Assert.Contains("/exports/savings-funnel.csv?", chart.Markup);
        Assert.Equal(3, chart.FindAll("svg a.funnel-point").Count);
    }
}
