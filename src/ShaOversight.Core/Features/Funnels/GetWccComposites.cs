using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>Every PCT's WCC composite for one round, with the viewer's own PCT and region marked.</summary>
public sealed record GetWccComposites(FinancialYear Year) : IQuery<WccComposites>;

/// <param name="ViewerPctCode">The viewer's own PCT, to highlight; null for users scoped above a PCT.</param>
/// <param name="ViewerShaCode">The viewer's region, to highlight; null for national users.</param>
public sealed record WccComposites(
    FinancialYear Year, int? Round, IReadOnlyList<int> UnratedInRound, IReadOnlyList<PctCompositeRow> Pcts,
    string? ViewerPctCode, string? ViewerShaCode);

/// <summary>One PCT's published ratings reduced to the composite. It carries nothing from contracts.</summary>
public sealed record PctCompositeRow(string Code, string Name, string ShaCode, WccComposite Composite)
{
    public string ShaName { get; init; } = ShaCode;
    /// <summary>Whether the viewer may open the PCT's page, so the table links only where a link leads somewhere.</summary>
    public bool CanOpenPct { get; init; }

    /// <summary>Whether the viewer may open the SHA's page, in full or its totals.</summary>
    public bool CanOpenSha { get; init; }
}

public sealed class GetWccCompositesHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetWccComposites, WccComposites>
{
    public async ValueTask<WccComposites> Handle(GetWccComposites query, CancellationToken cancellationToken)
    {
        // Published assurance ratings are open to every role, as on the region's assurance lens; the composite
        // reads only assessments, so no peer's contract data can reach it whoever asks.
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        var round = await db.AssessmentYears.AsNoTracking().Where(y => y.Year == query.Year)
            .Select(y => new { y.RoundNumber, y.UnratedCompetencies }).SingleOrDefaultAsync(cancellationToken);
        var unrated = AssessmentYear.ParseUnrated(round?.UnratedCompetencies).Order().ToList();
        var inRound = round is null ? 0 : await db.Competencies.CountAsync(c => !unrated.Contains(c.Number), cancellationToken);

        var assessed = db.Assessments.Where(a => a.AssessmentYear.Year == query.Year);
        var competencies = await db.CompetencyScores
            .Join(assessed, s => s.AssessmentId, a => a.Id, (s, a) => new { a.PctId, s.CompetencyNumber, s.Score })
            .Where(s => !unrated.Contains(s.CompetencyNumber))
            .GroupBy(s => s.PctId)
            .Select(g => new { PctId = g.Key, Points = g.Sum(s => s.Score - CompetencyScore.Lowest), Scored = g.Count() })
            .ToDictionaryAsync(g => g.PctId, cancellationToken);
        // RAG is stored by name, so its points are added up from the three columns per PCT, not summed in SQL.
        var governance = await assessed.Select(a => new { a.PctId, a.StrategyRag, a.FinanceRag, a.BoardRag })
            .ToDictionaryAsync(a => a.PctId, a => new Rag?[] { a.StrategyRag, a.FinanceRag, a.BoardRag }.OfType<Rag>().ToList(), cancellationToken);

        var pcts = await db.Organisations.AsNoTracking()
            .Where(o => Organisation.CommissionerKinds.Contains(o.Kind) && o.Parent != null)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Code, o.Name, ShaId = o.Parent!.Id, ShaCode = o.Parent.Code, ShaName = o.Parent.Name })
            .ToListAsync(cancellationToken);

        var rows = pcts.Where(p => competencies.ContainsKey(p.Id) || governance.ContainsKey(p.Id)).Select(p =>
        {
            var scored = competencies.GetValueOrDefault(p.Id);
            var ratings = governance.GetValueOrDefault(p.Id) ?? [];
            return new PctCompositeRow(p.Code, p.Name, p.ShaCode, new WccComposite(
                scored?.Points ?? 0, scored?.Scored ?? 0, inRound,
                ratings.Sum(WccComposite.PointsFor), ratings.Count, unrated))
            {
                ShaName = p.ShaName,
                CanOpenPct = user.CanSeePct(p.Id, p.ShaId),
                CanOpenSha = user.CanSeeRegion(p.ShaId) || user.SeesAggregatesOf(p.ShaId),
            };
        }).ToList();

        var viewerPct = user.Role == Role.Pct ? user.Organisation?.Code : null;
        return new WccComposites(query.Year, round?.RoundNumber, unrated, rows, viewerPct, user.SeesAllOfEngland ? null : user.Region?.Code);
    }
}
