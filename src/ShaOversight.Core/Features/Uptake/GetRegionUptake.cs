using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>FESC uptake in a region as at a date: the headline share, the pipeline, the trend and who is stuck.</summary>
public sealed record GetRegionUptake(string ShaCode, DateOnly AsAt) : IQuery<RegionUptake>
{
    /// <summary>The lens's query for a table request, the same for the page and its downloads.</summary>
    public static GetRegionUptake For(TableRequest request) => new(request.Sha ?? "", request.AsAt);
}

public sealed record RegionUptake(
    OrganisationRef Sha, DateOnly AsAt, RegionView View, int PctCount, int PctsWithContractAwarded,
    IReadOnlyList<StageCount> Pipeline, IReadOnlyList<UptakePoint> OverTime,
    IReadOnlyList<NamedCount> ByList, IReadOnlyList<NamedCount> ByServiceArea,
    IReadOnlyList<BuyerStageRow> Buyers, int StalledAfterDays)
{
    public decimal? Share => PctCount == 0 ? null : (decimal)PctsWithContractAwarded / PctCount;
}

public sealed record StageCount(FescStage Stage, int Buyers);
public sealed record UptakePoint(DateOnly Month, int PctsWithContractAwarded, decimal? Share);
/// <summary>Contracts counted under a FESC list or service area; the code is what a drill to those contracts filters on.</summary>
public sealed record NamedCount(string Code, string Name, int Contracts);

public sealed class GetRegionUptakeHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, DashboardSettings settings)
    : IQueryHandler<GetRegionUptake, RegionUptake>
{
    public async ValueTask<RegionUptake> Handle(GetRegionUptake query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (sha, view) = await RegionScope.ResolveAsync(db, user, query.ShaCode, cancellationToken);
        var asAt = query.AsAt;
        var kinds = Organisation.CommissionerKinds;

        var pctCount = await db.Organisations.CountAsync(o => o.ParentId == sha.Id && kinds.Contains(o.Kind), cancellationToken);
        var firstAwards = await db.ContractCoverage
            .Where(cv => cv.Pct.ParentId == sha.Id && kinds.Contains(cv.Pct.Kind))
            .Join(db.Contracts, cv => cv.ContractId, c => c.Id, (cv, c) => new { cv.PctId, c.AwardedOn })
            .GroupBy(x => x.PctId)
            .Select(g => g.Min(x => x.AwardedOn))
            .ToListAsync(cancellationToken);
        var pipeline = await CurrentStages.In(db, sha.Id, asAt)
            .GroupBy(s => s.Stage)
            .Select(g => new StageCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        var awarded = RegionScope.ContractsIn(db, sha.Id).Where(c => c.AwardedOn <= asAt);
        var byList = await awarded.GroupBy(c => new { c.FescList.Code, c.FescList.Name }).Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count() })
            .OrderByDescending(n => n.Count).ToListAsync(cancellationToken);
        var awardedIds = RegionScope.IdsOf(awarded);
        var byArea = await db.ContractServiceAreas.Where(a => awardedIds.Contains(a.ContractId))
            .GroupBy(a => new { a.ServiceArea.Code, a.ServiceArea.Name }).Select(g => new { g.Key.Code, g.Key.Name, Count = g.Count() })
            .OrderByDescending(n => n.Count).ToListAsync(cancellationToken);

        // Named buyers are detail, not aggregate: a PCT chief executive sees only the counts.
        var buyers = view == RegionView.Full
            ? await CurrentStages.BuyersAsync(db, sha.Id, asAt, settings.StalledAfterDays, cancellationToken)
            : [];

        // The share is cumulative, so it is a plain line: process limits on a running total
        // flag its growth as special cause (docs/spc.md, "Measures by chart").
        var overTime = OverTime(firstAwards, pctCount, asAt);
        return new RegionUptake(sha, asAt, view, pctCount, firstAwards.Count(d => d <= asAt),
            [.. Enum.GetValues<FescStage>().Select(stage => pipeline.SingleOrDefault(p => p.Stage == stage) ?? new StageCount(stage, 0))],
            overTime,
            [.. byList.Select(n => new NamedCount(n.Code, n.Name, n.Count))], [.. byArea.Select(n => new NamedCount(n.Code, n.Name, n.Count))],
            buyers, settings.StalledAfterDays);
    }

    /// <summary>The share at the end of each month from the framework's launch (June 2007) to the as-at date.</summary>
    private static List<UptakePoint> OverTime(List<DateOnly> firstAwards, int pctCount, DateOnly asAt)
    {
        var points = new List<UptakePoint>();
        for (var month = new DateOnly(2007, 6, 1); month <= asAt; month = month.AddMonths(1))
        {
            var monthEnd = month.AddMonths(1).AddDays(-1);
            var cutOff = monthEnd < asAt ? monthEnd : asAt;
            var count = firstAwards.Count(d => d <= cutOff);
            points.Add(new UptakePoint(month, count, pctCount == 0 ? null : (decimal)count / pctCount));
        }
        return points;
    }
}
