using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// A region's contract savings as at a date: the roll-up, the months, and (for those who may see
/// them) each contract. Drills narrow the contracts listed to a FESC list or service area (by
/// code), and pick one month whose contracts are listed; the region's totals stay whole. With a
/// page, only that page of the listed contracts comes back; without one (downloads, the board
/// pack), all of them.
/// </summary>
public sealed record GetRegionSavings(string ShaCode, DateOnly AsAt, DateOnly? Month = null, string? ListCode = null, string? ServiceAreaCode = null,
    ContractPageRequest? Page = null)
    : IQuery<RegionSavings>;

public sealed record RegionSavings(
    OrganisationRef Sha, DateOnly AsAt, RegionView View, SavingsMeasures Total, Rag? Rating,
    IReadOnlyList<SavingsMonth> Months, IReadOnlyList<ContractSavingsRow> Contracts,
    ContractSelection Selection, DateOnly? Month, IReadOnlyList<ContractMonthReturn> MonthReturns, ContractListing Listing)
{
    /// <summary>The region's savings SPC's recorded recalculations (already applied) and annotations, seen by all who see the chart.</summary>
    public SeriesNotes AchievementNotes { get; init; } = SeriesNotes.None;

    /// <summary>Worked out from the months and the recorded recalculations rather than carried, so a page hands less from its prerender to its circuit.</summary>
    [JsonIgnore]
    public XmrResult AchievementSpc => field ??= SavingsSpc.OfAchievement(Months, AchievementNotes.Options);
}

public sealed class GetRegionSavingsValidator : AbstractValidator<GetRegionSavings>
{
    public GetRegionSavingsValidator()
    {
        RuleFor(q => q.Month).NotAfterAsAt(q => q.AsAt);
        RuleFor(q => q.Page!.Number).GreaterThanOrEqualTo(1).When(q => q.Page?.Number is not null).OverridePropertyName("page")
            .WithMessage("The page number must be 1 or more.");
        RuleFor(q => q.Page!.Sort).Must(sort => TableSort.IsKnown(ContractSavingsColumns.All, sort)).When(q => q.Page is not null).OverridePropertyName("sort")
            .WithMessage(q => $"'{q.Page!.Sort}' is not a column to sort by. Choose one of: {TableSort.Choices(ContractSavingsColumns.All)}.");
    }
}

public sealed class GetRegionSavingsHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, DashboardSettings settings)
    : IQueryHandler<GetRegionSavings, RegionSavings>
{
    public async ValueTask<RegionSavings> Handle(GetRegionSavings query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (sha, view) = await RegionScope.ResolveAsync(db, user, query.ShaCode, cancellationToken);

        var contracts = RegionScope.ContractsIn(db, sha.Id);
        var selection = await ContractFilter.ResolveAsync(db, query.ListCode, query.ServiceAreaCode, cancellationToken);
        var rows = await ContractSavings.LoadAsync(db, contracts, query.AsAt, settings, cancellationToken);
        var months = await SavingsSeries.LoadAsync(db, contracts, query.AsAt, cancellationToken);
        var total = SavingsMeasures.Sum(rows.Select(r => r.Measures));
        // The region's chart, and so its notes, is shown to everyone who sees the region's totals.
        var notes = await SeriesNotes.LoadAsync(db, new SpcSeries(SpcSeriesKind.Region, sha.Id), SeriesOwner.NameOf(SpcSeriesKind.Region, sha.Code),
            query.AsAt, user.CanWriteRegion(sha.Id), cancellationToken);

        // A PCT chief executive sees the region's totals, never another PCT's contracts: not even
        // through a filter or a month, so contract-level rows are only read for a full view.
        if (view != RegionView.Full)
        {
            return new RegionSavings(sha, query.AsAt, view, total, total.Rating(settings), months, [],
                selection, query.Month, [], new ContractListing(0, 1, ContractPageRequest.Size, null)) { AchievementNotes = notes };
        }
        var listed = ContractFilter.Apply(contracts, selection);
        if (selection.IsFiltered)
        {
            var ids = await listed.Select(c => c.Id).ToListAsync(cancellationToken);
            rows = rows.Where(r => ids.Contains(r.Id)).ToList();
        }
        var monthReturns = query.Month is { } month ? await ContractMonthReturns.LoadAsync(listed, month, query.AsAt, cancellationToken) : [];
        var (page, listing) = ContractPaging.Apply(rows, query.Page);
        return new RegionSavings(sha, query.AsAt, view, total, total.Rating(settings), months, page,
            selection, query.Month, monthReturns, listing) { AchievementNotes = notes };
    }
}
