using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Security;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Savings;

[Collection(SeededDatabase.Name)]
public sealed class GetRegionSpcMatrixTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task Each_contracts_row_says_what_its_own_chart_says()
    {
        var matrix = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSpcMatrix("Q36", YearEnd));
        var id = await fixture.QueryAsync(db => db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync());
        var chart = (await fixture.SendAs(SliceFixture.LondonBoard, new GetContract(id, YearEnd))).AchievementSpc;

        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        Assert.Equal(savings.Contracts.Select(c => c.Reference).Order(), matrix.Rows.Select(r => r.Reference));
        var row = matrix.Rows.Single(r => r.ContractId == id);
        Assert.Equal(chart.Points[^1].Period, row.LatestMonth);
        Assert.Equal(chart.Points[^1].Value, row.Latest);
        Assert.Equal(SavingsSpc.TargetPercent, row.Target);
        Assert.Equal(chart.Variation, row.Variation);
        Assert.Equal(chart.Assurance, row.Assurance);
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_no_contract_of_the_region()
    {
        var matrix = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetRegionSpcMatrix("Q36", YearEnd));

        Assert.Equal(RegionView.AggregatesOnly, matrix.View);
        Assert.Empty(matrix.Rows);
    }

    [Fact]
    public async Task The_matrix_downloads_with_its_icons_in_words()
    {
        var matrix = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSpcMatrix("Q36", YearEnd));
        var download = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("savings-spc-matrix", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36"));

        var rows = download.Table.Rows.ToList();
        Assert.Equal(matrix.Rows.Count, rows.Count);
        Assert.Equal(IconWords.Of(matrix.Rows[0].Variation), rows[0][5]);
        Assert.Equal(IconWords.Of(matrix.Rows[0].Assurance), rows[0][6]);
        Assert.Equal("nhs-london-savings-spc-matrix-2009-10-as-at-2010-03-31.csv", download.FileName);
    }

    [Fact]
    public async Task A_page_of_the_matrix_keeps_only_that_page_in_the_order_asked_and_downloads_the_same_rows()
    {
        var whole = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSpcMatrix("Q36", YearEnd));
        var view = new TableView(1, "variation");
        var page = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSpcMatrix("Q36", YearEnd, view));
        var download = await fixture.SendAs(SliceFixture.LondonBoard,
            new GetTableDownload("savings-spc-matrix", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36") { View = view });

        // Concern first, as a board reads it, not the icons' names in alphabetical order.
        var expected = TableSort.Apply(whole.Rows, SpcMatrixTable.Columns, "variation").Take(ContractPageRequest.Size).Select(r => r.Reference).ToList();
        Assert.Equal(expected, page.Rows.Select(r => r.Reference));
        Assert.Equal(new ContractListing(whole.Rows.Count, 1, ContractPageRequest.Size, "variation"), page.Listing);
        Assert.Equal(expected, download.Table.Rows.Select(r => (string)r[0]!));
        var concern = page.Rows.TakeWhile(r => r.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow).Count();
        Assert.DoesNotContain(page.Rows.Skip(concern), r => r.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow);
    }
}
