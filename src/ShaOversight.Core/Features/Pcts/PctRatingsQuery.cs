using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;

namespace ShaOversight.Core.Features.Pcts;

/// <summary>
/// A PCT's scores with its region's and England's medians. The medians read every score in the
/// region or the country, so they are kept until the next change: the PCT's page then costs the
/// same however many PCTs there are. The dashboard has decided who may see them before this runs.
/// </summary>
internal static class PctRatingsQuery
{
    public static async Task<PctRatings> LoadAsync(AppDbContext db, NationalFigures national, int pctId, int regionId, FinancialYear year, CancellationToken ct)
    {
        var (_, competencies) = await CompetencyHeadings.LoadAsync(db, year, ct);

        var assessments = await db.Assessments.Where(a => a.PctId == pctId && (a.AssessmentYear.Year == year || a.AssessmentYear.Year == year.Previous))
            .Select(a => new { a.AssessmentYear.Year, a.StrategyRag, a.FinanceRag, a.BoardRag, Scores = a.Scores.Select(s => new { s.CompetencyNumber, s.Score }).ToList() })
            .ToListAsync(ct);
        var current = assessments.SingleOrDefault(a => a.Year == year);
        var before = assessments.SingleOrDefault(a => a.Year == year.Previous);

        int?[] ScoresOf(IEnumerable<(int Number, int Score)>? given)
        {
            var byNumber = given?.ToDictionary(s => s.Number, s => s.Score) ?? [];
            return competencies.Select(c => byNumber.TryGetValue(c.Number, out var score) ? score : (int?)null).ToArray();
        }

        return new PctRatings(competencies,
            ScoresOf(current?.Scores.Select(s => (s.CompetencyNumber, s.Score))),
            ScoresOf(before?.Scores.Select(s => (s.CompetencyNumber, s.Score))),
            await CompetencyMedians.LoadKeptAsync(db, national, year, regionId, competencies.Count, ct),
            await CompetencyMedians.LoadNationalAsync(db, national, year, competencies.Count, ct),
            current?.StrategyRag, current?.FinanceRag, current?.BoardRag);
    }
}
