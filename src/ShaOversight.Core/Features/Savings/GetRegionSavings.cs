using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Regions;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Savings;

/// <summary>A region's contract savings as at a date: the roll-up, the months, and (for those who may see them) each contract.</summary>
public sealed record GetRegionSavings(string ShaCode, DateOnly AsAt) : IQuery<RegionSavings>;

public sealed record RegionSavings(
    OrganisationRef Sha, DateOnly AsAt, RegionView View, SavingsMeasures Total, Rag? Rating,
    IReadOnlyList<SavingsMonth> Months, IReadOnlyList<ContractSavingsRow> Contracts, XmrResult ValidatedSpc);

public sealed class GetRegionSavingsHandler(IDbContextFactory<AppDbContext> contextFactory, ICurrentUser currentUser, DashboardSettings settings)
    : IQueryHandler<GetRegionSavings, RegionSavings>
{
    public async ValueTask<RegionSavings> Handle(GetRegionSavings query, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAccessAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (sha, view) = await RegionScope.ResolveAsync(db, user, query.ShaCode, cancellationToken);

        var contracts = RegionScope.ContractsIn(db, sha.Id);
        var rows = await ContractSavings.LoadAsync(db, contracts, query.AsAt, settings, cancellationToken);
        var months = await SavingsSeries.LoadAsync(db, contracts, query.AsAt, cancellationToken);
        var total = SavingsMeasures.Sum(rows.Select(r => r.Measures));

        // A PCT chief executive sees the region's totals, never another PCT's contracts.
        var visibleRows = view == RegionView.Full ? rows : [];
        return new RegionSavings(sha, query.AsAt, view, total, total.Rating(settings), months, visibleRows, SavingsSpc.OfValidated(months));
    }
}
