using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Pcts;

/// <summary>
/// One PCT: its FESC journey, the contracts that serve it with their monthly savings, and its
/// assurance results against its peers. With a month, the contracts behind that month are listed too.
/// </summary>
public sealed record GetPctDashboard(string PctCode, FinancialYear Year, DateOnly AsAt, DateOnly? Month = null) : IQuery<PctDashboard>;

public sealed record PctDashboard(
    OrganisationRef Pct, OrganisationRef Region, FinancialYear Year, DateOnly AsAt, bool ShowsOwnData,
    IReadOnlyList<StageEntry> StageHistory, IReadOnlyList<ContractSavingsRow> Contracts, SavingsMeasures Savings, Rag? SavingsRating,
    PctRatings Ratings, IReadOnlyList<SavingsMonth> Months, XmrResult AchievementSpc, DateOnly? Month, IReadOnlyList<ContractMonthReturn> MonthReturns)
{
    /// <summary>The savings SPC's recorded recalculations (already applied) and annotations; none on a peer's page.</summary>
    public SeriesNotes AchievementNotes { get; init; } = SeriesNotes.None;
}

public sealed class GetPctDashboardValidator : AbstractValidator<GetPctDashboard>
{
    public GetPctDashboardValidator()
    {
        RuleFor(q => q.Month).NotAfterAsAt(q => q.AsAt);
    }
}

public sealed record StageEntry(FescStage Stage, DateOnly On, string? Note, string? Source);

/// <summary>Scores by competency (index 0 is competency 1) this year and last, with the medians to compare against.</summary>
public sealed record PctRatings(
    IReadOnlyList<CompetencyHeading> Competencies, IReadOnlyList<int?> Scores, IReadOnlyList<int?> PreviousScores,
    IReadOnlyList<decimal?> RegionMedians, IReadOnlyList<decimal?> NationalMedians, Rag? Strategy, Rag? Finance, Rag? Board);

public sealed class GetPctDashboardHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, DashboardSettings settings, NationalFigures national)
    : IQueryHandler<GetPctDashboard, PctDashboard>
{
    public async ValueTask<PctDashboard> Handle(GetPctDashboard query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pct = await db.Organisations.AsNoTracking()
            .Where(o => o.Code == query.PctCode && Organisation.CommissionerKinds.Contains(o.Kind))
            .Select(o => new { Pct = new OrganisationRef(o.Id, o.Code, o.Name), Region = new OrganisationRef(o.Parent!.Id, o.Parent.Code, o.Parent.Name) })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"PCT '{query.PctCode}'");

        var ownData = user.CanSeePct(pct.Pct.Id, pct.Region.Id);
        var peer = user.SeesAggregatesOf(pct.Region.Id);
        if (!ownData && !peer)
            throw new AccessDeniedException($"PCT {pct.Pct.Code}", "the PCT is outside the user's scope") { ShownAsNotFound = $"PCT '{query.PctCode}'" };

        var ratings = await PctRatingsQuery.LoadAsync(db, national, pct.Pct.Id, pct.Region.Id, query.Year, cancellationToken);
        if (!ownData)
        {
            // A peer PCT's chief executive sees its published ratings only.
            return new PctDashboard(pct.Pct, pct.Region, query.Year, query.AsAt, false, [], [], SavingsMeasures.None, null, ratings,
                [], SavingsSpc.OfAchievement([]), query.Month, []);
        }

        var history = await db.StageChanges.Where(s => s.BuyerId == pct.Pct.Id && s.ChangedOn <= query.AsAt)
            .OrderBy(s => s.ChangedOn).ThenBy(s => s.Id)
            .Select(s => new StageEntry(s.Stage, s.ChangedOn, s.Note, s.Source))
            .ToListAsync(cancellationToken);
        // Found through IX_ContractCoverage_PctId: a correlated EXISTS per contract would read every contract in England.
        var covered = db.ContractCoverage.Where(cv => cv.PctId == pct.Pct.Id).Select(cv => cv.ContractId);
        var serving = db.Contracts.Where(c => covered.Contains(c.Id));
        var contracts = await ContractSavings.LoadAsync(db, serving, query.AsAt, settings, cancellationToken);
        var savings = SavingsMeasures.Sum(contracts.Select(c => c.Measures));
        var months = await SavingsSeries.LoadAsync(db, serving, query.AsAt, cancellationToken);
        var monthReturns = query.Month is { } month ? await ContractMonthReturns.LoadAsync(serving, month, query.AsAt, cancellationToken) : [];
        var notes = await SeriesNotes.LoadAsync(db, new SpcSeries(SpcSeriesKind.Pct, pct.Pct.Id), SeriesOwner.NameOf(SpcSeriesKind.Pct, pct.Pct.Code),
            query.AsAt, user.CanWriteRegion(pct.Region.Id), cancellationToken);
        return new PctDashboard(pct.Pct, pct.Region, query.Year, query.AsAt, true, history, contracts, savings, savings.Rating(settings), ratings,
            months, SavingsSpc.OfAchievement(months, notes.Options), query.Month, monthReturns) { AchievementNotes = notes };
    }
}
