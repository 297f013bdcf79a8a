using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Exports;

[Collection(SeededDatabase.Name)]
public sealed class GetTableDownloadTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    private Task<int> IdOf(string reference) => fixture.QueryAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task A_regions_contract_table_holds_the_pages_figures_and_the_download_is_audited()
    {
        var page = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        var download = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("savings-contracts", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36"));

        Assert.Equal("nhs-london-savings-contracts-2009-10-as-at-2010-03-31.csv", download.FileName);
        var rows = download.Table.Rows.ToList();
        Assert.Equal(page.Contracts.Count, rows.Count);
        Assert.NotEmpty(rows);
        Assert.Equal(page.Contracts.Select(c => c.Reference), rows.Select(r => r[0]));
        Assert.Equal(page.Contracts.Select(c => (object?)c.Measures.ValidatedToDate), rows.Select(r => r[11]));

        var audit = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("Download", audit.Action);
        Assert.Equal(download.FileName, audit.Target);
        Assert.Equal("Test BoardMember", audit.UserName);
    }

    [Fact]
    public async Task A_lens_summary_downloads_the_pages_measures_with_shares_as_percentages_and_icons_in_words()
    {
        var page = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        var download = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("savings-summary", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36"));

        var rows = download.Table.Rows.ToList();
        Assert.Equal([IconSummaries.MonthlyAchievementMetric, "Validated savings against the target to date", "Return on fees"], rows.Select(r => (string)r[0]!));
        Assert.Equal(page.AchievementSpc.Points[^1].Value, rows[0][1]);
        Assert.Equal(page.AchievementSpc.Target, rows[0][2]);
        Assert.Equal(IconWords.Of(page.AchievementSpc.Variation), rows[0][4]);
        Assert.Equal(IconWords.Of(page.AchievementSpc.Assurance), rows[0][5]);
        Assert.Equal(page.Total.Achievement * 100, rows[1][1]);
        Assert.Equal("%", rows[1][3]);
        Assert.Equal("Cumulative to date", rows[1][4]);
        Assert.Equal("nhs-london-savings-summary-2009-10-as-at-2010-03-31.csv", download.FileName);
    }

    [Theory]
    [InlineData("england-summary", null, 3)]
    [InlineData("pilots-summary", null, 3)]
    [InlineData("uptake-summary", "Q36", 2)]
    [InlineData("assurance-summary", "Q36", 2)]
    public async Task Every_icon_summary_downloads(string table, string? sha, int measures)
    {
        var download = await fixture.SendAs(SliceFixture.National, new GetTableDownload(table, ExportFormat.Xlsx, Year, YearEnd, ShaCode: sha));

        Assert.Equal(measures, download.Table.Rows.Count());
        Assert.All(download.Table.Rows, row => Assert.False(string.IsNullOrEmpty((string?)row[4]), $"{row[0]} has neither icons nor the reason it has none"));
    }

    [Fact]
    public async Task A_contracts_spc_series_carries_mean_limits_flags_and_icons()
    {
        var id = await IdOf("FESC-5AT-001");
        var contract = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetContract(id, YearEnd));
        var download = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetTableDownload("contract-spc", ExportFormat.Xlsx, Year, YearEnd, ContractId: id));

        var headers = download.Table.Columns.Select(c => c.Header).ToList();
        Assert.Contains("Mean", headers);
        Assert.Contains("Upper process limit", headers);
        Assert.Contains("Special cause", headers);
        Assert.Contains("Variation icon", headers);
        var rows = download.Table.Rows.ToList();
        var spc = contract.AchievementSpc;
        Assert.Equal(spc.Points.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(spc.Mean, r[headers.IndexOf("Mean")]));
        Assert.All(rows, r => Assert.Equal(spc.UpperProcessLimit, r[headers.IndexOf("Upper process limit")]));
        Assert.Equal(spc.Points.Select(p => (object?)p.Value), rows.Select(r => r[1]));
        Assert.Equal(spc.Points.Select(p => (object?)p.OutsideLimits), rows.Select(r => r[headers.IndexOf("Outside limits")]));
    }

    [Fact]
    public async Task The_wcc_table_has_a_row_a_pct_then_the_regional_and_national_medians()
    {
        var page = await fixture.SendAs(SliceFixture.LondonBoard, new ShaOversight.Core.Features.Assessments.GetRegionAssessments("Q36", Year));
        var download = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("wcc-scores", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36"));

        var rows = download.Table.Rows.ToList();
        Assert.Equal(page.Pcts.Count + 2, rows.Count);
        Assert.Equal(page.Pcts.Select(p => (object?)p.Name), rows.Take(page.Pcts.Count).Select(r => r[1]));
        Assert.Equal("National median", rows[^1][1]);
        Assert.Equal(page.NationalMedians.Cast<object?>(), rows[^1].Skip(2).Take(page.Competencies.Count));
    }

    [Fact]
    public async Task A_pct_chief_executive_cannot_download_another_pcts_contract()
    {
        var other = await fixture.QueryAsync(db => db.Contracts
            .Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT").Select(c => c.Id).FirstAsync());

        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.HillingdonChiefExecutive,
            new GetTableDownload("contract-months", ExportFormat.Csv, Year, YearEnd, ContractId: other)));
    }

    [Fact]
    public async Task An_sha_user_cannot_download_another_region_and_nothing_is_recorded_as_downloaded()
    {
        var downloadsBefore = await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Download"));

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonBoard,
            new GetTableDownload("savings-months", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q35")));

        Assert.Equal(downloadsBefore, await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Download")));
    }

    [Theory]
    [InlineData("frobnicate", "Q36", "is not a table that downloads")]
    [InlineData("savings-months", null, "needs an SHA code")]
    public async Task A_bad_request_says_what_is_wrong(string table, string? sha, string message)
    {
        var ex = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.National,
            new GetTableDownload(table, ExportFormat.Csv, Year, YearEnd, ShaCode: sha)));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public async Task Every_table_in_the_catalogue_downloads_for_a_national_user()
    {
        var contract = await IdOf("FESC-5AT-001");
        var pilot = await fixture.QueryAsync(db => db.Pilots.Select(p => p.Id).FirstAsync());
        foreach (var table in ShaOversight.Core.Tables.TableCatalogue.All)
        {
            var download = await fixture.SendAs(SliceFixture.National,
                new GetTableDownload(table.Key, ExportFormat.Xlsx, Year, YearEnd, "Q36", "5AT", contract, pilot));
            using var stream = new MemoryStream();
            await download.WriteAsync(stream, CancellationToken.None);
            Assert.True(stream.Length > 0, table.Key);
            Assert.True(download.Table.Rows.Any(), $"{table.Key} has no rows");
        }
    }
}
