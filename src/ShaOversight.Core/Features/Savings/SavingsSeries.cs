using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Savings;

/// <summary>One month of savings for a set of contracts, with running totals.</summary>
public sealed record SavingsMonth(
    DateOnly Month, decimal Target, decimal Claimed, decimal Validated, int ReturnsAwaitingValidation,
    decimal CumulativeTarget, decimal CumulativeValidated)
{
    [JsonIgnore]
    public decimal Gap => Claimed - Validated;
}

/// <summary>Monthly totals for a set of contracts: two grouped queries.</summary>
internal static class SavingsSeries
{
    public static async Task<List<SavingsMonth>> LoadAsync(AppDbContext db, IQueryable<Contract> contracts, DateOnly asAt, CancellationToken ct)
    {
        var awarded = RegionScope.IdsOf(contracts.Where(c => c.AwardedOn <= asAt));
        var returns = await db.MonthlyReturns
            .Where(r => r.Month <= asAt && awarded.Contains(r.ContractId))
            .GroupBy(r => r.Month)
            .Select(g => new
            {
                Month = g.Key,
                Claimed = g.Sum(r => r.Claimed),
                Validated = g.Sum(r => r.Validated ?? 0m),
                Awaiting = g.Count(r => r.Validated == null),
            })
            .ToDictionaryAsync(x => x.Month, ct);

        var targets = await db.SavingsTargetPhases
            .Where(p => p.Month <= asAt && awarded.Contains(p.ContractId))
            .GroupBy(p => p.Month)
            .Select(g => new { Month = g.Key, Target = g.Sum(p => p.Target) })
            .ToDictionaryAsync(x => x.Month, x => x.Target, ct);

        var months = new List<SavingsMonth>();
        decimal cumulativeTarget = 0, cumulativeValidated = 0;
        foreach (var month in targets.Keys.Union(returns.Keys).Order())
        {
            var target = targets.GetValueOrDefault(month);
            var returned = returns.GetValueOrDefault(month);
            cumulativeTarget += target;
            cumulativeValidated += returned?.Validated ?? 0;
            months.Add(new SavingsMonth(month, target, returned?.Claimed ?? 0, returned?.Validated ?? 0, returned?.Awaiting ?? 0,
                cumulativeTarget, cumulativeValidated));
        }
        return months;
    }
}
