using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>World Class Commissioning results for a region's PCTs in one assurance year.</summary>
public sealed record GetRegionAssessments(string ShaCode, FinancialYear Year) : IQuery<RegionAssessments>;

public sealed record RegionAssessments(
    OrganisationRef Sha, FinancialYear Year, int? Round, IReadOnlyList<CompetencyHeading> Competencies,
    IReadOnlyList<PctAssessmentRow> Pcts, IReadOnlyList<decimal?> RegionMedians, IReadOnlyList<decimal?> NationalMedians);

public sealed record CompetencyHeading(int Number, string Name, bool Rated);

/// <summary>One PCT's scores (index 0 is competency 1). A null score is missing, never zero.</summary>
public sealed record PctAssessmentRow(
    string Code, string Name, IReadOnlyList<int?> Scores, Rag? Strategy, Rag? Finance, Rag? Board,
    decimal? MeanScore, decimal? PreviousMeanScore)
{
    public decimal? Movement => MeanScore is { } now && PreviousMeanScore is { } before ? now - before : null;
}

public sealed class GetRegionAssessmentsHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, NationalFigures national)
    : IQueryHandler<GetRegionAssessments, RegionAssessments>
{
    public async ValueTask<RegionAssessments> Handle(GetRegionAssessments query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Peers' published ratings are open to a PCT chief executive, so either view sees the whole table.
        var (sha, _) = await RegionScope.ResolveAsync(db, user, query.ShaCode, cancellationToken);
        var (year, previous) = (query.Year, query.Year.Previous);

        var (round, competencies) = await CompetencyHeadings.LoadAsync(db, year, cancellationToken);

        var pcts = await db.Organisations.Where(o => o.ParentId == sha.Id && Organisation.CommissionerKinds.Contains(o.Kind))
            .OrderBy(o => o.Name).Select(o => new { o.Id, o.Code, o.Name }).ToListAsync(cancellationToken);
        var governance = await db.Assessments.Where(a => a.AssessmentYear.Year == year && a.Pct.ParentId == sha.Id)
            .Select(a => new { a.PctId, a.StrategyRag, a.FinanceRag, a.BoardRag }).ToDictionaryAsync(a => a.PctId, cancellationToken);
        var scores = await db.CompetencyScores
            .Join(db.Assessments.Where(a => a.AssessmentYear.Year == year && a.Pct.ParentId == sha.Id), s => s.AssessmentId, a => a.Id,
                (s, a) => new { a.PctId, s.CompetencyNumber, s.Score })
            .ToListAsync(cancellationToken);
        var previousMeans = await db.CompetencyScores
            .Join(db.Assessments.Where(a => a.AssessmentYear.Year == previous && a.Pct.ParentId == sha.Id), s => s.AssessmentId, a => a.Id,
                (s, a) => new { a.PctId, s.Score })
            .GroupBy(x => x.PctId)
            .Select(g => new { PctId = g.Key, Total = g.Sum(x => x.Score), Count = g.Count() })
            .ToDictionaryAsync(x => x.PctId, x => (decimal)x.Total / x.Count, cancellationToken);

        var byPct = scores.ToLookup(s => s.PctId);
        var rows = pcts.Select(p =>
        {
            var given = byPct[p.Id].ToDictionary(s => s.CompetencyNumber, s => s.Score);
            var row = competencies.Select(c => given.TryGetValue(c.Number, out var score) ? score : (int?)null).ToList();
            var gov = governance.GetValueOrDefault(p.Id);
            decimal? mean = given.Count == 0 ? null : (decimal)given.Values.Sum() / given.Count;
            return new PctAssessmentRow(p.Code, p.Name, row, gov?.StrategyRag, gov?.FinanceRag, gov?.BoardRag, mean,
                previousMeans.TryGetValue(p.Id, out var before) ? before : null);
        }).ToList();

        return new RegionAssessments(sha, year, round, competencies, rows,
            await CompetencyMedians.LoadAsync(db, year, sha.Id, competencies.Count, cancellationToken),
            await CompetencyMedians.LoadNationalAsync(db, national, year, competencies.Count, cancellationToken));
    }
}
