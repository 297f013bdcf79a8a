using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Regions;

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

    /// <summary>Contracts let by bodies in the region: its PCTs, the SHA itself, or an agency within it.</summary>
    public static IQueryable<Contract> ContractsIn(AppDbContext db, int shaId) =>
        db.Contracts.Where(c => (c.Buyer.ParentId ?? c.BuyerId) == shaId);
}
