using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Savings;

/// <summary>One contract's target and return for one month: a row behind a point of the savings chart.</summary>
public sealed record ContractMonthReturn(int ContractId, string Reference, string BuyerName, string Supplier, decimal Target, decimal? Claimed, decimal? Validated);

/// <summary>The contracts behind one month of a savings series: every contract with a target or a return that month, one query.</summary>
internal static class ContractMonthReturns
{
    public static async Task<List<ContractMonthReturn>> LoadAsync(IQueryable<Contract> contracts, DateOnly month, DateOnly asAt, CancellationToken ct)
    {
        var monthStart = new DateOnly(month.Year, month.Month, 1);
        return await contracts.AsNoTracking()
            .Where(c => c.AwardedOn <= asAt && (c.TargetPhases.Any(p => p.Month == monthStart) || c.Returns.Any(r => r.Month == monthStart)))
            .OrderBy(c => c.Buyer.Name).ThenBy(c => c.Reference)
            .Select(c => new ContractMonthReturn(
                c.Id, c.Reference, c.Buyer.Name, c.Supplier.Name,
                c.TargetPhases.Where(p => p.Month == monthStart).Sum(p => p.Target),
                c.Returns.Where(r => r.Month == monthStart).Select(r => (decimal?)r.Claimed).FirstOrDefault(),
                c.Returns.Where(r => r.Month == monthStart).Select(r => r.Validated).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
