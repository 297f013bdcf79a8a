using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
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
        var table = Render(Overview(London));

        var row = table.FindAll("tbody tr")[0];
        Assert.Equal(PageLinks.Sha("Q36", ReportingPeriod.Default), row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("NHS London", Text(row, "SHA"));
        Assert.Equal("Q36", Text(row, "Code"));
        Assert.Equal("31", Text(row, "PCTs"));
        Assert.Equal("25.8%", Text(row, "Uptake (%)"));
        Assert.Equal("8", Text(row, "PCTs with a FESC contract awarded"));
        Assert.Equal("5", Text(row, "Contracts live"));
        Assert.Equal("£2.5m", Text(row, "Validated savings (£)"));
        Assert.Equal("2450000.00", row.QuerySelector("[data-heading='Validated savings (£)']")!.GetAttribute("data-value"));
        Assert.Equal("£3.0m", Text(row, "Phased target (£)"));
        Assert.Equal("81.7%", Text(row, "Achievement (%)"));
        Assert.Equal("2.00", Text(row, "Mean WCC score"));
        Assert.Contains("as at 31 Mar 2010", table.Find("#overview-caption").TextContent);
    }

    [Fact]
    public void Shows_a_dash_where_there_is_nothing_to_divide_never_a_zero_or_an_error()
    {
        var row = Render(Overview(NorthEast)).FindAll("tbody tr")[0];

        Assert.Equal("0.0%", Text(row, "Uptake (%)"));
        Assert.Equal("–", Text(row, "Achievement (%)"));
        Assert.Equal("–", Text(row, "Mean WCC score"));
    }

    [Fact]
    public void Totals_england_in_the_last_row_which_leads_nowhere()
    {
        var table = Render(Overview(London, NorthEast));

        var rows = table.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal("England", Text(rows[^1], "SHA"));
        Assert.Equal("26.3%", Text(rows[^1], "Uptake (%)"));
        Assert.Equal("£9.0m", Text(rows[^1], "Validated savings (£)"));
        Assert.Null(rows[^1].QuerySelector("th a"));
    }

    [Fact]
    public void Explains_an_empty_scope_instead_of_showing_a_blank_table()
    {
        var table = Render(Overview());

        Assert.Contains("No strategic health authority is within your scope", table.Markup);
        Assert.Empty(table.FindAll("tbody tr"));
    }

    [Fact]
    public void An_order_in_the_address_sorts_the_regions_and_keeps_england_last()
    {
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/england?sort=uptake-desc");

        var rows = Render(Overview(NorthEast, London)).FindAll("tbody tr");

        Assert.Equal(["NHS London", "NHS North East", "England"], rows.Select(r => Text(r, "SHA")));
        Assert.Equal("descending", Render(Overview(London)).FindAll("thead th").Single(th => th.TextContent.Contains("Uptake (%)")).GetAttribute("aria-sort"));
    }

    private IRenderedComponent<EnglandOverviewTable> Render(EnglandOverview overview) =>
        Context.Render<EnglandOverviewTable>(p => p.Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Overview, overview));

    private static string Text(AngleSharp.Dom.IElement row, string heading) => row.QuerySelector($"[data-heading='{heading}']")!.TextContent.Trim();
}
