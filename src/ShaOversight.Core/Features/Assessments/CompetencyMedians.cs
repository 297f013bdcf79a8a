using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>
/// Medians per competency. SQLite has no MEDIAN, so SQL counts each score per competency (at
/// most 11 x 4 rows, however many PCTs there are) and the median is read off that histogram.
/// </summary>
internal static class CompetencyMedians
{
    public static async Task<decimal?[]> LoadAsync(AppDbContext db, FinancialYear year, int? shaId, int competencies, CancellationToken ct)
    {
        var histogram = await db.CompetencyScores
            .Join(db.Assessments.Where(a => a.AssessmentYear.Year == year && (shaId == null || a.Pct.ParentId == shaId)),
                s => s.AssessmentId, a => a.Id, (s, a) => s)
            .GroupBy(s => new { s.CompetencyNumber, s.Score })
            .Select(g => new { g.Key.CompetencyNumber, g.Key.Score, Count = g.Count() })
            .ToListAsync(ct);
        return Enumerable.Range(1, competencies)
            .Select(number => Median(histogram.Where(h => h.CompetencyNumber == number).Select(h => (h.Score, h.Count))))
            .ToArray();
    }

    /// <summary>
    /// England's medians, which read every score in the country: worked out once per change and
    /// kept (<see cref="NationalFigures"/>), read-only because every page shares them.
    /// </summary>
    public static Task<IReadOnlyList<decimal?>> LoadNationalAsync(AppDbContext db, NationalFigures national, FinancialYear year, int competencies, CancellationToken ct) =>
        LoadKeptAsync(db, national, year, null, competencies, ct);

    /// <summary>
    /// A region's medians (England's when <paramref name="shaId"/> is null), kept until the next
    /// change like England's: a PCT's page shows them, and would otherwise read every score in its
    /// region on each view. Callers decide who may see them before asking.
    /// </summary>
    public static Task<IReadOnlyList<decimal?>> LoadKeptAsync(AppDbContext db, NationalFigures national, FinancialYear year, int? shaId, int competencies, CancellationToken ct) =>
        national.GetAsync(new KeptMedians(year, shaId, competencies),
            async () => (IReadOnlyList<decimal?>)Array.AsReadOnly(await LoadAsync(db, year, shaId, competencies, ct)));

    private sealed record KeptMedians(FinancialYear Year, int? ShaId, int Competencies);

    /// <summary>The middle score, or the mean of the two middle scores; null when there are none.</summary>
    public static decimal? Median(IEnumerable<(int Score, int Count)> histogram)
    {
        var ordered = histogram.Where(h => h.Count > 0).OrderBy(h => h.Score).ToList();
        var total = ordered.Sum(h => h.Count);
        if (total == 0) return null;
        return (ScoreAt(ordered, (total - 1) / 2) + ScoreAt(ordered, total / 2)) / 2m;
    }

    private static int ScoreAt(List<(int Score, int Count)> ordered, int index)
    {
        foreach (var (score, count) in ordered)
        {
            if (index < count) return score;
            index -= count;
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }
}
