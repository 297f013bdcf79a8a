using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>A contract's editable terms as they stand, for the form that corrects them.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record GetContractForEdit(int Id) : IQuery<ContractValues>;

/// <summary>
/// The terms an analyst may correct. The term's dates are shown but not editable: the phased
/// target and every return hang off them, so a changed term is a new contract, not a correction.
/// </summary>
public sealed record ContractValues(
    int Id, string Reference, string Title, DateOnly StartsOn, DateOnly EndsOn,
    decimal AnnualFee, decimal SavingsTarget, decimal GainSharePercent, int Version) : IEditedValues
{
    public static string TargetFor(string reference) => $"contract {reference}";

    public string Target => TargetFor(Reference);

    /// <summary>False for a month or round no one has recorded yet.</summary>
    public bool IsStored => true;
}

public sealed class GetContractForEditHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetContractForEdit, ContractValues>
{
    public async ValueTask<ContractValues> Handle(GetContractForEdit query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (values, regionId) = await LoadAsync(db, query.Id, cancellationToken);
        EditSteps.DemandWrite(user, regionId, values.Target, shownAsNotFound: $"Contract {query.Id}");
        return values;
    }

    internal static async Task<(ContractValues Values, int RegionId)> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var found = await db.Contracts.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new
            {
                RegionId = c.Buyer.ParentId ?? c.BuyerId,
                Values = new ContractValues(c.Id, c.Reference, c.Title, c.StartsOn, c.EndsOn, c.AnnualFee, c.SavingsTarget, c.GainSharePercent, c.Version),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Contract {id}");
        return (found.Values, found.RegionId);
    }
}
