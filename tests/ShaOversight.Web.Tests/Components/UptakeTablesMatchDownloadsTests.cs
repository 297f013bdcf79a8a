using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Components.Tables;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Components;

/// <summary>
/// The uptake lens's, England's, a PCT's journey and the uptake funnel's tables, drawn from a real
/// query over the seeded database, hold exactly what their downloads hold: the same headings, rows
/// and values, in the same order, after the same filter and sort.
/// </summary>
public sealed class UptakeTablesMatchDownloadsTests : ComponentTest, IClassFixture<CoreDatabase>
{
    private static readonly ReportingPeriod Period = new(new FinancialYear(2009), new DateOnly(2010, 3, 31));
    private static readonly TableRequest London = new(Period.Year, Period.AsAt, "Q36");

    public UptakeTablesMatchDownloadsTests(CoreDatabase database) => database.AddTo(Context.Services);

    [Fact]
    public async Task The_uptake_lens_tables_show_what_they_download()
    {
        await AssertPageIsDownloadAsync(new UptakeBuyersTable(), London, "/sha/Q36");
        await AssertPageIsDownloadAsync(new UptakePipelineTable(), London, "/sha/Q36");
        await AssertPageIsDownloadAsync(new UptakeOverTimeTable(), London, "/sha/Q36");
        await AssertPageIsDownloadAsync(new UptakeListsTable(), London, "/sha/Q36");
        await AssertPageIsDownloadAsync(new UptakeAreasTable(), London, "/sha/Q36");
    }

    [Fact]
    public async Task A_stage_drill_and_a_sort_in_the_address_give_the_page_and_the_download_the_same_buyers_in_the_same_order()
    {
        var uptake = await Sender.Send(GetRegionUptake.For(London));
        var stage = uptake.Buyers.GroupBy(b => b.Stage).OrderByDescending(g => g.Count()).First().Key;
        var drilled = London with { Filters = new TableFilters(Stage: StageNames.Slug(stage)) };

        var rows = await AssertPageIsDownloadAsync(new UptakeBuyersTable(), drilled, "/sha/Q36?uptake-buyers-sort=buyer-desc");

        var atStage = uptake.Buyers.Where(b => b.Stage == stage).ToList();
        Assert.True(atStage.Count > 1, "the seeded region has a stage with more than one buyer to sort");
        Assert.Equal(atStage.Select(b => b.Name).OrderDescending(StringComparer.CurrentCultureIgnoreCase), rows.Select(r => r["Buyer"]));
        Assert.All(rows, r => Assert.Equal(FescStageNames.Of(stage), r["Stage"]));
    }

    [Fact]
    public async Task Without_an_order_in_the_address_buyers_run_longest_in_their_stage_first()
    {
        var rows = await AssertPageIsDownloadAsync(new UptakeBuyersTable(), London, "/sha/Q36");

        var days = rows.Select(r => int.Parse(r["Days in stage"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(days.OrderDescending(), days);
    }

    [Fact]
    public async Task England_its_uptake_funnel_and_a_pcts_journey_show_what_they_download()
    {
        var england = await AssertPageIsDownloadAsync(new EnglandTable(), new TableRequest(Period.Year, Period.AsAt), "/england?sort=uptake-desc");
        Assert.Equal("England", england[^1]["SHA"]);

        await AssertPageIsDownloadAsync(new UptakeFunnelTable(), new TableRequest(Period.Year, Period.AsAt), "/england");
        await AssertPageIsDownloadAsync(new PctJourneyTable(), new TableRequest(Period.Year, Period.AsAt, Pct: "5AT"), "/pct/5AT");
    }

    private ISender Sender => Context.Services.GetRequiredService<ISender>();

    /// <summary>Renders the table at the address, downloads it as the page's link asks, and compares them cell by cell; returns the rows as headings to CSV text.</summary>
    private async Task<List<Dictionary<string, string>>> AssertPageIsDownloadAsync<TSource, TRow>(FeatureTable<TSource, TRow> table, TableRequest request, string address)
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(address);
        var source = await table.LoadAsync(new TableServices(Sender, Context.Services.GetRequiredService<DashboardSettings>()), request, CancellationToken.None);
        var page = Context.Render<DefinedTable<TSource, TRow>>(p => p.Add(x => x.Table, table).Add(x => x.Source, source).Add(x => x.Period, Period)
            .Add(x => x.Request, request).Add(x => x.Caption, table.Key));

        var download = await Sender.Send(new GetTableDownload(table.Key, ExportFormat.Csv, request.Year, request.AsAt, request.Sha, request.Pct)
            { Filters = request.Filters, View = TableAddress.ViewFrom(navigation.Uri, table.AddressPrefix) });

        var headings = download.Table.Columns.Select(c => c.Header).ToList();
        var downloaded = download.Table.Rows
            .Select(row => headings.Select((h, i) => (h, CellValues.ToText(row[i], download.Table.Columns[i].Kind))).ToDictionary(x => x.h, x => x.Item2))
            .ToList();
        var shown = page.FindAll("tbody tr")
            .Select(tr => tr.QuerySelectorAll("[data-heading]").ToDictionary(cell => cell.GetAttribute("data-heading")!, cell => cell.GetAttribute("data-value")!))
            .ToList();
        Assert.NotEmpty(downloaded);
        Assert.Equal(downloaded.Count, shown.Count);
        for (var i = 0; i < downloaded.Count; i++)
        {
            Assert.Equal(downloaded[i].OrderBy(c => headings.IndexOf(c.Key)), shown[i].OrderBy(c => headings.IndexOf(c.Key)));
        }
        return shown;
    }
}
