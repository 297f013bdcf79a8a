using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Board;

/// <summary>The lens queries behind each scope's summary, now and at the same point a year earlier.</summary>
internal sealed class BoardSummaryReads(
    ISender sender, IDbContextFactory<AppDbContext> contextFactory, NationalFigures national, DashboardSettings settings,
    FinancialYear year, DateOnly asAt, CancellationToken ct)
{
    /// <summary>The first day any lens has figures for: FESC's first financial year.</summary>
    public static readonly DateOnly FirstFigures = new(2007, 4, 1);

    private readonly DateOnly _earlier = asAt.AddYears(-1);
    private bool HasYearEarlier => _earlier >= FirstFigures;

    public async Task<BoardSummary> ForEnglandAsync()
    {
        var now = await sender.Send(new GetEnglandOverview(year, asAt), ct);
        var before = HasYearEarlier ? await sender.Send(new GetEnglandOverview(year.Previous, _earlier), ct) : null;
        var measures = IconSummaries.England(now, settings);
        var (savings, spc) = await EnglandSavingsAsync(asAt);
        (SavingsMeasures, Spc.XmrResult)? earlierSavings = HasYearEarlier ? await EnglandSavingsAsync(_earlier) : null;
        var pilots = await sender.Send(new GetPilots(), ct);
        return Summary(BoardSummary.EnglandCode, "England", BoardScope.England,
            BoardTiles.Uptake(measures[0], now.England.PctsWithContractAwarded, now.England.PctCount, before?.England.UptakeShare, Missing, "England", asAt, null),
            BoardTiles.Savings(savings, spc, earlierSavings, Missing, settings),
            BoardTiles.Assurance(measures[2], before?.England.MeanCompetencyScore, year),
            BoardTiles.Pilots(pilots.Pilots, null));
    }

    public async Task<BoardSummary> ForRegionAsync(string shaCode)
    {
        var uptake = await sender.Send(new GetRegionUptake(shaCode, asAt), ct);
        var savings = await sender.Send(new GetRegionSavings(shaCode, asAt), ct);
        var assessments = await sender.Send(new GetRegionAssessments(shaCode, year), ct);
        var lastRound = await sender.Send(new GetRegionAssessments(shaCode, year.Previous), ct);
        var pilots = await sender.Send(new GetPilots(), ct);
        var uptakeBefore = HasYearEarlier ? await sender.Send(new GetRegionUptake(shaCode, _earlier), ct) : null;
        var savingsBefore = HasYearEarlier ? await sender.Send(new GetRegionSavings(shaCode, _earlier), ct) : null;
        var sha = uptake.Sha;
        return Summary(sha.Code, sha.Name, BoardScope.Region,
            BoardTiles.Uptake(IconSummaries.Uptake(uptake)[0], uptake.PctsWithContractAwarded, uptake.PctCount, uptakeBefore?.Share, Missing, sha.Name, asAt, null),
            BoardTiles.Savings(savings.Total, savings.AchievementSpc,
                savingsBefore is null ? null : (savingsBefore.Total, savingsBefore.AchievementSpc), Missing, settings),
            BoardTiles.Assurance(IconSummaries.Assurance(assessments)[0], IconSummaries.RegionMeanScore(lastRound), year),
            BoardTiles.Pilots(pilots.Pilots, sha));
    }

    public async Task<BoardSummary> ForPctAsync(string pctCode)
    {
        var pct = await sender.Send(new GetPctDashboard(pctCode, year, asAt), ct);
        var region = pct.Region;
        var uptake = await RegionFiguresAsync(region, year, asAt);
        var uptakeBefore = HasYearEarlier ? await RegionFiguresAsync(region, year.Previous, _earlier) : null;
        var pctBefore = HasYearEarlier && pct.ShowsOwnData ? await sender.Send(new GetPctDashboard(pctCode, year.Previous, _earlier), ct) : null;
        var pilots = await sender.Send(new GetPilots(), ct);
        var share = IconSummaries.UptakeShare(uptake.UptakeShare);
        return Summary(pct.Pct.Code, pct.Pct.Name, BoardScope.Pct,
            BoardTiles.Uptake(share with { Metric = $"{region.Name}: {char.ToLowerInvariant(share.Metric[0])}{share.Metric[1..]}" }, uptake.PctsWithContractAwarded, uptake.PctCount,
                uptakeBefore?.UptakeShare, Missing, region.Name, asAt, pct.ShowsOwnData ? BoardSentences.PctJourney(pct.Pct.Name, pct.StageHistory) : null),
            pct.ShowsOwnData
                ? BoardTiles.Savings(pct.Savings, pct.AchievementSpc, pctBefore is null ? null : (pctBefore.Savings, pctBefore.AchievementSpc), Missing, settings)
                : BoardTiles.SavingsNotShown(pct.Pct.Name),
            BoardTiles.PctAssurance(pct.Ratings, year),
            BoardTiles.Pilots(pilots.Pilots, region));
    }

    /// <summary>Why a figure has no year-earlier partner.</summary>
    private string Missing => HasYearEarlier ? "No figure a year earlier to compare with" : $"No figures before {FirstFigures:d MMMM yyyy}";

    private BoardSummary Summary(string code, string subject, BoardScope scope, params BoardTile[] tiles) =>
        new(code, subject, scope, year, asAt, _earlier, tiles);

    /// <summary>
    /// The region's row of England's figures, which are kept until the next change: its uptake
    /// counts are the uptake lens's (the same PCTs, the same first awards), without reading the
    /// region's buyers on every view of one of its PCTs. Whoever may see the PCT may see its
    /// region's totals, and the overview lists the region for them.
    /// </summary>
    private async Task<ShaOverviewRow> RegionFiguresAsync(OrganisationRef region, FinancialYear when, DateOnly date) =>
        (await sender.Send(new GetEnglandOverview(when, date), ct)).Regions.SingleOrDefault(r => r.ShaId == region.Id)
        ?? throw new AccessDeniedException($"SHA {region.Code}", "the region is outside the user's scope");

    /// <summary>
    /// England's savings by the savings lens's own SQL, over every contract: no page totals them.
    /// They are open to every role and the same for all, so they are kept until the next change.
    /// </summary>
    private async Task<(SavingsMeasures Measures, Spc.XmrResult Spc)> EnglandSavingsAsync(DateOnly date)
    {
        var kept = await national.GetAsync(new EnglandSavingsAt(date), async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync(ct);
            var rows = await ContractSavings.LoadAsync(db, db.Contracts, date, settings, ct);
            var months = await SavingsSeries.LoadAsync(db, db.Contracts, date, ct);
            return new EnglandSavings(SavingsMeasures.Sum(rows.Select(r => r.Measures)), SavingsSpc.OfAchievement(months));
        });
        return (kept.Measures, kept.Spc);
    }

    /// <summary>The cache's key for England's savings as at a date.</summary>
    private sealed record EnglandSavingsAt(DateOnly AsAt);

    private sealed record EnglandSavings(SavingsMeasures Measures, Spc.XmrResult Spc);
}
