using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Overview;

/// <summary>England's ten SHAs side by side, as at a date, for one assessment year.</summary>
public sealed record GetEnglandOverview(FinancialYear Year, DateOnly AsAt) : IQuery<EnglandOverview>;

/// <param name="ViewersShaCode">The viewer's own SHA (theirs, or their PCT's), to highlight; null for national roles.</param>
public sealed record EnglandOverview(
    FinancialYear Year, DateOnly AsAt, IReadOnlyList<ShaOverviewRow> Regions, ShaOverviewRow England, string? ViewersShaCode = null);

/// <summary>One SHA's headline figures. Shares and averages are null where there is nothing to divide.</summary>
public sealed record ShaOverviewRow(
    int ShaId,
    string Code,
    string Name,
    int PctCount,
    int PctsWithContractAwarded,
    int ContractsLive,
    decimal ValidatedSavings,
    decimal PhasedTarget,
    int CompetencyScoreTotal,
    int CompetencyScoreCount,
    int Pilots)
{
    public decimal? UptakeShare => PctCount == 0 ? null : (decimal)PctsWithContractAwarded / PctCount;
    public decimal? Achievement => PhasedTarget == 0 ? null : ValidatedSavings / PhasedTarget;
    public decimal? MeanCompetencyScore => CompetencyScoreCount == 0 ? null : (decimal)CompetencyScoreTotal / CompetencyScoreCount;
}

public sealed class GetEnglandOverviewValidator : AbstractValidator<GetEnglandOverview>
{
    public GetEnglandOverviewValidator()
    {
        RuleFor(q => q.AsAt).InclusiveBetween(new DateOnly(2007, 4, 1), new DateOnly(2030, 3, 31))
            .WithMessage("The as-at date must fall between 1 April 2007 and 31 March 2030.");
    }
}

public sealed class GetEnglandOverviewHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, NationalFigures national)
    : IQueryHandler<GetEnglandOverview, EnglandOverview>
{
    public async ValueTask<EnglandOverview> Handle(GetEnglandOverview query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        // Every SHA's figures, the same for every viewer: read once per change, not per page view.
        var rows = await national.GetAsync(new EnglandFigures(query.Year, query.AsAt), () => LoadAsync(query, cancellationToken));

        // National aggregates are open to every role; a region's own row only to those who may see it.
        var england = new ShaOverviewRow(0, "ENG", "England",
            rows.Sum(r => r.PctCount), rows.Sum(r => r.PctsWithContractAwarded), rows.Sum(r => r.ContractsLive),
            rows.Sum(r => r.ValidatedSavings), rows.Sum(r => r.PhasedTarget),
            rows.Sum(r => r.CompetencyScoreTotal), rows.Sum(r => r.CompetencyScoreCount), rows.Sum(r => r.Pilots));
        var visible = rows.Where(r => user.CanSeeRegion(r.ShaId) || user.Region?.Id == r.ShaId).ToList();
        // Per viewer, so added after the cache read: the cached rows are the same for everyone.
        var own = user.SeesAllOfEngland ? null : user.Region?.Code;
        return new EnglandOverview(query.Year, query.AsAt, visible, england, own);
    }

    private async Task<IReadOnlyList<ShaOverviewRow>> LoadAsync(GetEnglandOverview query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var figures = await RegionFigures.LoadAsync(db, query.Year, query.AsAt, cancellationToken);
        var shas = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.StrategicHealthAuthority)
            .OrderBy(o => o.Code)
            .Select(o => new { o.Id, o.Code, o.Name })
            .ToListAsync(cancellationToken);
        return shas.Select(sha => figures.For(sha.Id, sha.Code, sha.Name)).ToList().AsReadOnly();
    }

    /// <summary>The cache's key for every SHA's figures in a year, as at a date.</summary>
    private sealed record EnglandFigures(FinancialYear Year, DateOnly AsAt);
}
