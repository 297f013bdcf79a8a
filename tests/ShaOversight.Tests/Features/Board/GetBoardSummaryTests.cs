using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ShaOversight.Tests.Features.Board;

[Collection(SeededDatabase.Name)]
public sealed class GetBoardSummaryTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);
    private static readonly DateOnly YearBefore = new(2009, 3, 31);

    [Fact]
    public async Task An_sha_summary_gives_the_lens_pages_own_figures_now_and_a_year_earlier()
    {
        var board = SliceFixture.LondonBoard;
        var summary = await fixture.SendAs(board, new GetBoardSummary("Q36", null, Year, YearEnd));

        var uptake = await fixture.SendAs(board, new GetRegionUptake("Q36", YearEnd));
        var uptakeBefore = await fixture.SendAs(board, new GetRegionUptake("Q36", YearBefore));
        var savings = await fixture.SendAs(board, new GetRegionSavings("Q36", YearEnd));
        var savingsBefore = await fixture.SendAs(board, new GetRegionSavings("Q36", YearBefore));
        var assessments = await fixture.SendAs(board, new GetRegionAssessments("Q36", Year));
        var lastRound = await fixture.SendAs(board, new GetRegionAssessments("Q36", Year.Previous));
        var pilots = (await fixture.SendAs(board, new GetPilots())).Pilots.Where(p => p.ShaCode == "Q36").ToList();

        Assert.Equal(("Q36", "NHS London", YearBefore), (summary.Code, summary.Subject, summary.YearEarlier));
        Assert.Equal([BoardLens.Uptake, BoardLens.Savings, BoardLens.Assurance, BoardLens.Pilots], summary.Tiles.Select(t => t.Lens));
        var share = summary.Tile(BoardLens.Uptake).Figures.Single();
        Assert.Equal((uptake.Share, uptakeBefore.Share), (share.Now.Latest, share.YearEarlier));
        Assert.Null(share.Now.Spc);
        Assert.Equal(IconSummaries.UptakeHasNoIcons, share.Now.WhyNoIcons);

        var money = summary.Tile(BoardLens.Savings).Figures;
        Assert.Equal(savings.AchievementSpc.Points[^1].Value, money[0].Now.Latest);
        Assert.Equal((savings.AchievementSpc.Variation, savings.AchievementSpc.Assurance), (money[0].Now.Spc!.Variation, money[0].Now.Spc!.Assurance));
        Assert.Equal(savingsBefore.AchievementSpc.Points[^1].Value, money[0].YearEarlier);
        Assert.Equal((savings.Total.Achievement, savingsBefore.Total.Achievement), (money[1].Now.Latest, money[1].YearEarlier));
        Assert.Equal((savings.Total.ReturnOnFees, savingsBefore.Total.ReturnOnFees), (money[2].Now.Latest, money[2].YearEarlier));
        Assert.Equal(savings.Total.ForecastOutturn / savings.Total.SavingsTarget, money[3].Now.Latest);
        Assert.Equal(money[1].Now.Latest - money[1].YearEarlier, money[1].Change);

        var wcc = summary.Tile(BoardLens.Assurance).Figures.Single();
        Assert.Equal((IconSummaries.RegionMeanScore(assessments), IconSummaries.RegionMeanScore(lastRound)), (wcc.Now.Latest, wcc.YearEarlier));

        var rag = summary.Tile(BoardLens.Pilots).Figures;
        Assert.Equal(pilots.Count(p => p.Rag == Rag.Red), rag[0].Now.Latest);
        Assert.Equal(pilots.Count(p => p.Rag == Rag.Amber), rag[1].Now.Latest);
        Assert.Equal(pilots.Count(p => p.Rag == Rag.Green), rag[2].Now.Latest);
        Assert.All(rag, figure => Assert.Equal(BoardTiles.PilotsHaveNoHistory, figure.WhyNoChange));
        Assert.All(summary.Tiles, tile => Assert.False(string.IsNullOrWhiteSpace(tile.Sentence)));
    }

    [Theory]
    [InlineData("national")]
    [InlineData("pct")]
    public async Task England_is_open_to_every_role_and_agrees_with_the_england_overview(string who)
    {
        var principal = SliceFixture.ByName(who);
        var summary = await fixture.SendAs(principal, GetBoardSummary.England(Year, YearEnd));
        var overview = await fixture.SendAs(principal, new GetEnglandOverview(Year, YearEnd));
        var before = await fixture.SendAs(principal, new GetEnglandOverview(Year.Previous, YearBefore));

        Assert.Equal((BoardSummary.EnglandCode, BoardScope.England), (summary.Code, summary.Scope));
        var share = summary.Tile(BoardLens.Uptake).Figures.Single();
        Assert.Equal((overview.England.UptakeShare, before.England.UptakeShare), (share.Now.Latest, share.YearEarlier));
        Assert.Equal(overview.England.Achievement, summary.Tile(BoardLens.Savings).Figures[1].Now.Latest);
        var wcc = summary.Tile(BoardLens.Assurance).Figures.Single();
        Assert.Equal((overview.England.MeanCompetencyScore, before.England.MeanCompetencyScore), (wcc.Now.Latest, wcc.YearEarlier));
        Assert.Equal(7, summary.Tile(BoardLens.Pilots).Figures.Sum(f => f.Now.Latest));
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_their_own_pct_whole_a_peers_ratings_only_and_nothing_of_another_region()
    {
        var chief = SliceFixture.HillingdonChiefExecutive;
        var own = await fixture.SendAs(chief, new GetBoardSummary("Q36", "5AT", Year, YearEnd));
        var dashboard = await fixture.SendAs(chief, new GetPctDashboard("5AT", Year, YearEnd));

        Assert.Equal((BoardScope.Pct, "Hillingdon PCT"), (own.Scope, own.Subject));
        var money = own.Tile(BoardLens.Savings).Figures;
        Assert.Equal(dashboard.Savings.Achievement, money[1].Now.Latest);
        Assert.Equal(dashboard.Savings.ReturnOnFees, money[2].Now.Latest);
        Assert.StartsWith("Hillingdon PCT was awarded its first FESC contract", own.Tile(BoardLens.Uptake).Sentence);
        var scores = dashboard.Ratings.Scores.OfType<int>().ToList();
        Assert.Equal((decimal)scores.Sum() / scores.Count, own.Tile(BoardLens.Assurance).Figures.Single().Now.Latest);

        var peerCode = await fixture.QueryAsync(db => db.Organisations
            .Where(o => o.Parent!.Code == "Q36" && o.Code != "5AT" && Organisation.CommissionerKinds.Contains(o.Kind)).Select(o => o.Code).FirstAsync());
        var peer = await fixture.SendAs(chief, new GetBoardSummary("Q36", peerCode, Year, YearEnd));
        Assert.Empty(peer.Tile(BoardLens.Savings).Figures);
        Assert.Contains("contracts and returns are its own", peer.Tile(BoardLens.Savings).Sentence);
        Assert.DoesNotContain("was awarded its first", peer.Tile(BoardLens.Uptake).Sentence);
        Assert.NotNull(peer.Tile(BoardLens.Assurance).Figures.Single().Now.Latest);

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(chief, new GetBoardSummary("Q35", null, Year, YearEnd)));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(chief, new GetBoardSummary(null, "5ND", Year, YearEnd)));
    }

    [Theory]
    [InlineData("national")]
    [InlineData("pct")]
    public async Task A_pcts_summary_gives_its_regions_uptake_as_the_uptake_lens_counts_it_now_and_a_year_earlier(string who)
    {
        var principal = SliceFixture.ByName(who);
        var summary = await fixture.SendAs(principal, new GetBoardSummary("Q36", "5AT", Year, YearEnd));
        var uptake = await fixture.SendAs(principal, new GetRegionUptake("Q36", YearEnd));
        var uptakeBefore = await fixture.SendAs(principal, new GetRegionUptake("Q36", YearBefore));

        var tile = summary.Tile(BoardLens.Uptake);
        var share = tile.Figures.Single();
        Assert.Equal((uptake.Share, uptakeBefore.Share), (share.Now.Latest, share.YearEarlier));
        Assert.Equal("NHS London: share of PCTs with a FESC contract awarded", share.Now.Metric);
        Assert.Equal(IconSummaries.UptakeHasNoIcons, share.Now.WhyNoIcons);
        Assert.Contains($"{uptake.PctsWithContractAwarded} of {uptake.PctCount}", tile.Sentence);
    }

    [Fact]
    public async Task The_board_packs_cover_prints_the_summarys_sentences_and_figures()
    {
        var summary = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardSummary("Q36", null, Year, YearEnd));
        var pack = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q36", null, Year, YearEnd));
        using var document = PdfDocument.Open(pack.Content);
        // The summary may run onto a second page; the uptake section starts after it. The
        // watermark's slanted letters would fall between the words, so only level words are read.
        var cover = string.Join(" ", document.GetPages().Take(2).SelectMany(page => page.GetWords())
            .Where(word => word.TextOrientation == TextOrientation.Horizontal).Select(word => word.Text));

        foreach (var tile in summary.Tiles)
        {
            Assert.Contains(tile.Sentence, cover);
            foreach (var figure in tile.Figures)
            {
                Assert.Contains(PackFormat.Measure(figure.Now.Latest, figure.Now.Unit), cover);
                if (figure.Change is { } change) Assert.Contains(PackFormat.Change(change, figure.Now.Unit), cover);
            }
        }
    }

    [Fact]
    public async Task A_summary_in_the_first_year_says_why_there_is_no_year_earlier()
    {
        var summary = await fixture.SendAs(SliceFixture.National, new GetBoardSummary("Q36", null, new FinancialYear(2007), new DateOnly(2008, 3, 31)));

        var share = summary.Tile(BoardLens.Uptake).Figures.Single();
        Assert.Null(share.YearEarlier);
        Assert.Equal("No figures before 1 April 2007", share.WhyNoChange);
    }
}
