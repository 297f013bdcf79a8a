using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Assessments;

internal static class CompetencyHeadings
{
    /// <summary>The eleven competencies, each marked rated or not in the year's round; Round is null when there was none.</summary>
    public static async Task<(int? Round, List<CompetencyHeading> Competencies)> LoadAsync(AppDbContext db, FinancialYear year, CancellationToken ct)
    {
        var round = await db.AssessmentYears.Where(y => y.Year == year)
            .Select(y => new { y.RoundNumber, y.UnratedCompetencies }).SingleOrDefaultAsync(ct);
        var unrated = AssessmentYear.ParseUnrated(round?.UnratedCompetencies);
        var competencies = await db.Competencies.OrderBy(c => c.Number).Select(c => new { c.Number, c.Name }).ToListAsync(ct);
        return (round?.RoundNumber,
            competencies.Select(c => new CompetencyHeading(c.Number, c.Name, round is not null && !unrated.Contains(c.Number))).ToList());
    }
}
