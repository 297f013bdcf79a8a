using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>A month's return as it stands, for the form that records or corrects it.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record GetMonthlyReturnForEdit(int ContractId, DateOnly Month) : IQuery<MonthlyReturnValues>;

/// <summary>
/// A return's stored values. Claimed and Version are null when no return has come in for the
/// month; Validated is null until the PCT has validated the claim.
/// </summary>
public sealed record MonthlyReturnValues(
    int ContractId, string Reference, string Title, DateOnly StartsOn, DateOnly EndsOn, DateOnly Month,
    decimal? Claimed, decimal? Validated, int? Version) : IEditedValues
{
    public static string TargetFor(string reference, DateOnly month) => $"return {reference} {month:yyyy-MM}";

    public string Target => TargetFor(Reference, Month);

    /// <summary>False for a month or round no one has recorded yet.</summary>
    public bool IsStored => Version is not null;
}

public sealed class GetMonthlyReturnForEditHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetMonthlyReturnForEdit, MonthlyReturnValues>
{
    public async ValueTask<MonthlyReturnValues> Handle(GetMonthlyReturnForEdit query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (values, regionId) = await LoadAsync(db, query.ContractId, query.Month, cancellationToken);
        EditSteps.DemandWrite(user, regionId, values.Target, shownAsNotFound: $"Contract {query.ContractId}");
        return values;
    }

    internal static async Task<(MonthlyReturnValues Values, int RegionId)> LoadAsync(
        AppDbContext db, int contractId, DateOnly month, CancellationToken cancellationToken)
    {
        var found = await db.Contracts.AsNoTracking().Where(c => c.Id == contractId)
            .Select(c => new
            {
                RegionId = c.Buyer.ParentId ?? c.BuyerId,
                Values = new MonthlyReturnValues(c.Id, c.Reference, c.Title, c.StartsOn, c.EndsOn, month,
                    c.Returns.Where(r => r.Month == month).Select(r => (decimal?)r.Claimed).FirstOrDefault(),
                    c.Returns.Where(r => r.Month == month).Select(r => r.Validated).FirstOrDefault(),
                    c.Returns.Where(r => r.Month == month).Select(r => (int?)r.Version).FirstOrDefault()),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Contract {contractId}");
        return (found.Values, found.RegionId);
    }
}
