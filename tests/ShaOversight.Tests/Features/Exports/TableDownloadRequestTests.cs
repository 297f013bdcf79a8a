using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Tables;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Exports;

/// <summary>A download honours the request its link carries: the lens's filters, and the page and order on screen.</summary>
[Collection(SeededDatabase.Name)]
public sealed class TableDownloadRequestTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task A_list_filter_downloads_only_that_lists_contracts()
    {
        var expected = await fixture.QueryAsync(db => db.Contracts
            .Where(c => c.Buyer.Parent!.Code == "Q36" && c.AwardedOn <= YearEnd && c.FescList.Code == "MACRO")
            .Select(c => c.Reference).OrderBy(r => r).ToListAsync());
        var everyContract = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("savings-contracts", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36"));

        var filtered = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("savings-contracts", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36")
        {
            Filters = new TableFilters(List: "MACRO"),
        });

        var rows = filtered.Table.Rows.ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < everyContract.Table.Rows.Count(), "The filter should leave some of the region's contracts out.");
        Assert.Equal(expected, rows.Select(r => (string)r[Column(filtered, "Reference")]!).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("Macro list", r[Column(filtered, "FESC list")]));
    }

    [Fact]
    public async Task A_page_and_order_download_that_page_of_the_whole_list_in_that_order()
    {
        // The shared seed gives London 16 contracts; three times England's PCTs gives it a second page.
        using var database = new TestDatabase();
        await using var provider = await SeededServices.StartAsync(database, scale: 3, SliceFixture.National);
        await using var scope = provider.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        GetTableDownload Download(int? page) => new("savings-contracts", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36")
        {
            View = new TableView(page, "validated-desc"),
        };

        await using var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var regionsContracts = await db.Contracts.CountAsync(c => c.Buyer.Parent!.Code == "Q36" && c.AwardedOn <= YearEnd);

        var whole = await sender.Send(Download(page: null));
        var second = await sender.Send(Download(page: 2));

        var wholeRows = whole.Table.Rows.ToList();
        var validated = wholeRows.Select(r => (decimal)r[Column(whole, "Validated to date (£)")]!).ToList();
        Assert.True(wholeRows.Count > ContractPageRequest.Size, $"London has only {wholeRows.Count} contracts, too few for a second page.");
        Assert.Equal(regionsContracts, wholeRows.Count);
        Assert.Equal(validated.OrderDescending(), validated);
        Assert.Equal(
            wholeRows.Skip(ContractPageRequest.Size).Take(ContractPageRequest.Size).Select(r => r[0]),
            second.Table.Rows.Select(r => r[0]));
    }

    private static int Column(TableDownload download, string heading) =>
        download.Table.Columns.Select(c => c.Header).ToList().IndexOf(heading) is var index and >= 0
            ? index
            : throw new InvalidOperationException($"The {download.Table.Title} download has no '{heading}' column.");
}
