using FluentValidation;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Tables;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Uptake;

[Collection(SeededDatabase.Name)]
public sealed class UptakeBuyersDownloadTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task A_stage_drill_downloads_only_the_buyers_at_that_stage_longest_in_it_first()
    {
        var page = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionUptake("Q36", YearEnd));
        var stage = page.Buyers.GroupBy(b => b.Stage).OrderByDescending(g => g.Count()).First().Key;

        var download = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload("uptake-buyers", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36")
            { Filters = new TableFilters(Stage: FescStageNames.Slug(stage)) });

        var rows = download.Table.Rows.ToList();
        Assert.Equal(page.Buyers.Count(b => b.Stage == stage), rows.Count);
        Assert.All(rows, r => Assert.Equal(FescStageNames.Of(stage), r[2]!.ToString()));
        var days = rows.Select(r => (int)r[4]!).ToList();
        Assert.Equal(days.OrderDescending(), days);
        Assert.Equal(["Code", "Buyer", "Stage", "In stage since", "Days in stage", "Stalled"], download.Table.Columns.Select(c => c.Header));
    }

    [Fact]
    public async Task An_unknown_stage_is_refused_naming_the_stages_there_are()
    {
        var refusal = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonBoard,
            new GetTableDownload("uptake-buyers", ExportFormat.Csv, Year, YearEnd, ShaCode: "Q36") { Filters = new TableFilters(Stage: "signed") }));

        Assert.Contains("'signed' is not a FESC stage", refusal.Message);
        Assert.Contains("board-approved", refusal.Message);
    }

    [Fact]
    public void Every_stage_reads_back_from_the_slug_it_writes()
    {
        Assert.All(Enum.GetValues<FescStage>(), stage => Assert.Equal((stage, (string?)null), FescStageNames.FromSlug(FescStageNames.Slug(stage))));
        Assert.Equal("invitation-to-tender-issued", FescStageNames.Slug(FescStage.InvitationToTenderIssued));
    }

    [Fact]
    public void Sorting_buyers_by_stage_follows_the_pipeline_not_the_alphabet()
    {
        Assert.True(new StageName(FescStage.PreferredBidderNamed).CompareTo(new StageName(FescStage.Live)) < 0);
        Assert.Equal("Preferred bidder named", new StageName(FescStage.PreferredBidderNamed).ToString());
    }
}
