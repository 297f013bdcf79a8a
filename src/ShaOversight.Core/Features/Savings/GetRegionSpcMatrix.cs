using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// Every contract of a region with its savings SPC read at a glance: the latest validated month,
/// its share of that month's phased target, and the two icons, from the same measure and rules as
/// the contract's own chart (<see cref="SavingsSpc"/>). Contracts are detail, so a PCT chief
/// executive, who sees the region's totals only, gets no rows.
/// </summary>
/// <param name="Page">With a page, only that page of rows comes back, in the order asked for, so a circuit holds one page; without one, every row.</param>
public sealed record GetRegionSpcMatrix(string ShaCode, DateOnly AsAt, TableView? Page = null) : IQuery<RegionSpcMatrix>;

public sealed record RegionSpcMatrix(OrganisationRef Sha, DateOnly AsAt, RegionView View, IReadOnlyList<SpcMatrixRow> Rows)
{
    /// <summary>Where the rows sit in the whole list, when a page was asked for.</summary>
    public ContractListing? Listing { get; init; }
}

/// <summary>A contract's row: with no validated month yet, its month and value are null and its icons say so.</summary>
public sealed record SpcMatrixRow(int ContractId, string Reference, string BuyerName, DateOnly? LatestMonth, decimal? Latest, decimal? Target,
    VariationIcon Variation, AssuranceIcon Assurance, bool AreTrialLimits);

public sealed class GetRegionSpcMatrixHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetRegionSpcMatrix, RegionSpcMatrix>
{
    public async ValueTask<RegionSpcMatrix> Handle(GetRegionSpcMatrix query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (sha, view) = await RegionScope.ResolveAsync(db, user, query.ShaCode, cancellationToken);
        if (view != RegionView.Full) return new RegionSpcMatrix(sha, query.AsAt, view, []);

        var asAt = query.AsAt;
        var contracts = RegionScope.ContractsIn(db, sha.Id).Where(c => c.AwardedOn <= asAt);
        var details = await contracts.AsNoTracking().OrderBy(c => c.Reference)
            .Select(c => new { c.Id, c.Reference, BuyerName = c.Buyer.Name }).ToListAsync(cancellationToken);
        // One row per contract and month already: nothing to sum, so these are read as they are.
        var ids = RegionScope.IdsOf(contracts);
        var validated = await db.MonthlyReturns
            .Where(r => r.Month <= asAt && r.Validated != null && ids.Contains(r.ContractId))
            .Select(r => new { r.ContractId, r.Month, Validated = r.Validated!.Value }).ToListAsync(cancellationToken);
        var targets = await db.SavingsTargetPhases
            .Where(p => p.Month <= asAt && ids.Contains(p.ContractId))
            .Select(p => new { p.ContractId, p.Month, p.Target }).ToDictionaryAsync(p => (p.ContractId, p.Month), p => p.Target, cancellationToken);

        var byContract = validated.ToLookup(r => r.ContractId);
        var recalculations = await SeriesNotes.ContractRecalculationsAsync(db, contracts, asAt, cancellationToken);
        var rows = details.Select(c =>
        {
            // The contract page's series: validated months that have a phased target.
            var spc = SavingsSpc.Analyse(byContract[c.Id].OrderBy(r => r.Month)
                .Select(r => (r.Month, r.Validated, targets.GetValueOrDefault((c.Id, r.Month)))).ToList(),
                recalculations[c.Id].Any() ? SpcOptions.Default with { Recalculations = recalculations[c.Id].ToList() } : null);
            var latest = spc.Points.Count == 0 ? null : spc.Points[^1];
            return new SpcMatrixRow(c.Id, c.Reference, c.BuyerName, latest?.Period, latest?.Value, spc.Target,
                spc.Variation, spc.Assurance, spc.AreTrialLimits);
        }).ToList();
        if (query.Page is not { } page) return new RegionSpcMatrix(sha, asAt, view, rows);
        // Every row is worked out (each needs its own chart), but only the page asked for is handed on.
        var sorted = TableSort.Apply(rows, SpcMatrixTable.Columns, page.Sort).ToList();
        // No page number (a download of the whole matrix): every row, in the order asked for.
        if (page.Page is not { } number) return new RegionSpcMatrix(sha, asAt, view, sorted);
        var (shown, listing) = ContractPaging.Cut(sorted, number, page.Sort);
        return new RegionSpcMatrix(sha, asAt, view, shown) { Listing = listing };
    }
}
