using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Security;

/// <summary>How much of a region a user may see.</summary>
public enum RegionView
{
    /// <summary>Every PCT, buyer and contract in it.</summary>
    Full,

    /// <summary>A PCT chief executive in the region: totals and peers' published ratings, no one else's contracts.</summary>
    AggregatesOnly,
}

internal static class RegionScope
{
    /// <summary>Finds an SHA by code and decides what the user may see of it; refusals are audited by the pipeline.</summary>
    public static async Task<(OrganisationRef Sha, RegionView View)> ResolveAsync(
        AppDbContext db, UserAccess user, string shaCode, CancellationToken cancellationToken)
    {
        var sha = await db.Organisations.AsNoTracking()
            .Where(o => o.Code == shaCode && o.Kind == OrganisationKind.StrategicHealthAuthority)
            .Select(o => new OrganisationRef(o.Id, o.Code, o.Name))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"SHA '{shaCode}'");
        if (user.CanSeeRegion(sha.Id)) return (sha, RegionView.Full);
        if (user.SeesAggregatesOf(sha.Id)) return (sha, RegionView.AggregatesOnly);
        throw new AccessDeniedException($"SHA {sha.Code}", "the region is outside the user's scope");
    }

    /// <summary>
    /// Bodies that buy for the region: its PCTs and agencies (whose parent is the SHA) and the SHA
    /// itself, when it has no parent of its own. This is <c>COALESCE(ParentId, Id) = @sha</c> split
    /// in two, so SQLite and SQL Server can seek IX_Organisations_ParentId_Kind and the primary
    /// key instead of scanning every organisation in England (docs/performance.md, "Region scoping").
    /// </summary>
    public static IQueryable<int> BuyersIn(AppDbContext db, int shaId) =>
        db.Organisations.Where(o => o.ParentId == shaId || (o.Id == shaId && o.ParentId == null)).Select(o => o.Id);

    /// <summary>Contracts let by bodies in the region, found through IX_Contracts_BuyerId.</summary>
    public static IQueryable<Contract> ContractsIn(AppDbContext db, int shaId)
    {
        var buyers = BuyersIn(db, shaId);
        return db.Contracts.Where(c => buyers.Contains(c.BuyerId));
    }

    /// <summary>
    /// The ids of a set of contracts, for use as <c>ContractId IN (…)</c>: the database runs the
    /// set once and seeks each id's returns or phases by the (ContractId, Month) index, where a
    /// correlated EXISTS would be run again for every return in England.
    /// </summary>
    public static IQueryable<int> IdsOf(IQueryable<Contract> contracts) => contracts.Select(c => c.Id);
}
