using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>A buyer's stage as at a date, and how long it has been there.</summary>
public sealed record BuyerStageRow(string Code, string Name, OrganisationKind Kind, FescStage Stage, DateOnly Since, int DaysInStage, bool IsStalled);

internal static class CurrentStages
{
    /// <summary>Stages a buyer can rest in without being stuck.</summary>
    public static readonly FescStage[] SettledStages = [FescStage.Live, FescStage.Ended, FescStage.Withdrawn];

    /// <summary>Each buyer's latest stage change on or before the date, for buyers in the region: one row per buyer, in SQL.</summary>
    public static IQueryable<StageChange> In(AppDbContext db, int shaId, DateOnly asAt)
    {
        var buyers = RegionScope.BuyersIn(db, shaId);
        return db.StageChanges.Where(s => s.ChangedOn <= asAt
            && buyers.Contains(s.BuyerId)
            && !db.StageChanges.Any(later => later.BuyerId == s.BuyerId && later.ChangedOn <= asAt
                && (later.ChangedOn > s.ChangedOn || (later.ChangedOn == s.ChangedOn && later.Id > s.Id))));
    }

    public static async Task<List<BuyerStageRow>> BuyersAsync(AppDbContext db, int shaId, DateOnly asAt, int stalledAfterDays, CancellationToken ct)
    {
        var rows = await In(db, shaId, asAt)
            .OrderBy(s => s.Buyer.Name)
            .Select(s => new { s.Buyer.Code, s.Buyer.Name, s.Buyer.Kind, s.Stage, s.ChangedOn })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var days = asAt.DayNumber - r.ChangedOn.DayNumber;
            return new BuyerStageRow(r.Code, r.Name, r.Kind, r.Stage, r.ChangedOn, days,
                !SettledStages.Contains(r.Stage) && days >= stalledAfterDays);
        })
        .OrderByDescending(r => r.IsStalled).ThenByDescending(r => r.DaysInStage)
        .ToList();
    }
}
