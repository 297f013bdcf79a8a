using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Overview;

/// <summary>
/// The overview's figures, each one SQL aggregate grouped by SHA. A body's region is its
/// parent SHA, or itself when it is an SHA (East of England bought for its own PCTs).
/// </summary>
internal sealed class RegionFigures
{
    private Dictionary<int, int> _pcts = [];
    private Dictionary<int, int> _pctsAwarded = [];
    private Dictionary<int, int> _contractsLive = [];
    private Dictionary<int, decimal> _validated = [];
    private Dictionary<int, decimal> _target = [];
    private Dictionary<int, (int Total, int Count)> _scores = [];
    private Dictionary<int, int> _pilots = [];

    public static async Task<RegionFigures> LoadAsync(AppDbContext db, FinancialYear year, DateOnly asAt, CancellationToken ct)
    {
        var kinds = Organisation.CommissionerKinds;
        var figures = new RegionFigures();

        figures._pcts = await db.Organisations.Where(o => kinds.Contains(o.Kind) && o.ParentId != null)
            .GroupBy(o => o.ParentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        figures._pctsAwarded = await db.Organisations
            .Where(o => kinds.Contains(o.Kind) && o.ParentId != null)
            .Where(o => db.ContractCoverage.Any(c => c.PctId == o.Id && db.Contracts.Any(k => k.Id == c.ContractId && k.AwardedOn <= asAt)))
            .GroupBy(o => o.ParentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        figures._contractsLive = await db.Contracts
            .Where(c => c.AwardedOn <= asAt && c.StartsOn <= asAt && c.EndsOn >= asAt)
            .GroupBy(c => c.Buyer.ParentId ?? c.BuyerId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        figures._validated = await db.MonthlyReturns
            .Where(r => r.Month <= asAt && r.Validated != null)
            .GroupBy(r => r.Contract.Buyer.ParentId ?? r.Contract.BuyerId)
            .Select(g => new { g.Key, Sum = g.Sum(r => r.Validated!.Value) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);

        figures._target = await db.SavingsTargetPhases
            .Where(p => p.Month <= asAt)
            .Join(db.Contracts, p => p.ContractId, c => c.Id, (p, c) => new { p.Target, Region = c.Buyer.ParentId ?? c.BuyerId })
            .GroupBy(x => x.Region)
            .Select(g => new { g.Key, Sum = g.Sum(x => x.Target) })
            .ToDictionaryAsync(x => x.Key, x => x.Sum, ct);

        figures._scores = await db.CompetencyScores
            .Join(db.Assessments.Where(a => a.AssessmentYear.Year == year), s => s.AssessmentId, a => a.Id,
                (s, a) => new { s.Score, a.Pct.ParentId })
            .Where(x => x.ParentId != null)
            .GroupBy(x => x.ParentId!.Value)
            .Select(g => new { g.Key, Total = g.Sum(x => x.Score), Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => (x.Total, x.Count), ct);

        figures._pilots = await db.Pilots
            .GroupBy(p => p.Organisation.ParentId ?? p.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

        return figures;
    }

    public ShaOverviewRow For(int shaId, string code, string name)
    {
        var scores = _scores.GetValueOrDefault(shaId);
        return new ShaOverviewRow(shaId, code, name,
            _pcts.GetValueOrDefault(shaId), _pctsAwarded.GetValueOrDefault(shaId), _contractsLive.GetValueOrDefault(shaId),
            _validated.GetValueOrDefault(shaId), _target.GetValueOrDefault(shaId), scores.Total, scores.Count, _pilots.GetValueOrDefault(shaId));
    }
}
