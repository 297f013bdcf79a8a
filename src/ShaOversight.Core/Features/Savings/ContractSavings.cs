using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Savings;

/// <summary>A contract's row in a savings table.</summary>
public sealed record ContractSavingsRow(
    int Id, string Reference, string Title, string BuyerCode, string BuyerName, string Supplier, string List,
    DateOnly StartsOn, DateOnly EndsOn, SavingsMeasures Measures, Rag? Rating);

/// <summary>Per-contract savings as at a date: three grouped queries, however many contracts there are.</summary>
internal static class ContractSavings
{
    public static async Task<List<ContractSavingsRow>> LoadAsync(
        AppDbContext db, IQueryable<Contract> contracts, DateOnly asAt, DashboardSettings settings, CancellationToken ct)
    {
        var details = await contracts.AsNoTracking()
            .Where(c => c.AwardedOn <= asAt)
            .OrderBy(c => c.Buyer.Name).ThenBy(c => c.Reference)
            .Select(c => new
            {
                c.Id, c.Reference, c.Title, BuyerCode = c.Buyer.Code, BuyerName = c.Buyer.Name, Supplier = c.Supplier.Name,
                List = c.FescList.Name, c.AnnualFee, c.SavingsTarget, c.StartsOn, c.EndsOn,
            })
            .ToListAsync(ct);

        var awarded = RegionScope.IdsOf(contracts.Where(c => c.AwardedOn <= asAt));
        var returns = await db.MonthlyReturns
            .Where(r => r.Month <= asAt && awarded.Contains(r.ContractId))
            .GroupBy(r => r.ContractId)
            .Select(g => new
            {
                g.Key,
                Claimed = g.Sum(r => r.Claimed),
                Validated = g.Sum(r => r.Validated ?? 0m),
                MonthsValidated = g.Count(r => r.Validated != null),
            })
            .ToDictionaryAsync(x => x.Key, ct);

        var targets = await db.SavingsTargetPhases
            .Where(p => p.Month <= asAt && awarded.Contains(p.ContractId))
            .GroupBy(p => p.ContractId)
            .Select(g => new { g.Key, Target = g.Sum(p => p.Target) })
            .ToDictionaryAsync(x => x.Key, x => x.Target, ct);

        return details.Select(c =>
        {
            var returned = returns.GetValueOrDefault(c.Id);
            var measures = SavingsMeasures.ForContract(
                new ContractTerms(c.AnnualFee, c.SavingsTarget, c.StartsOn, c.EndsOn), asAt,
                targets.GetValueOrDefault(c.Id), returned?.Claimed ?? 0m, returned?.Validated ?? 0m, returned?.MonthsValidated ?? 0);
            return new ContractSavingsRow(c.Id, c.Reference, c.Title, c.BuyerCode, c.BuyerName, c.Supplier, c.List,
                c.StartsOn, c.EndsOn, measures, measures.Rating(settings));
        }).ToList();
    }
}
