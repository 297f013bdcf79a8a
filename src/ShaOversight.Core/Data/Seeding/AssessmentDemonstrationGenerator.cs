using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// World Class Commissioning results as the first two rounds looked: mostly 1-2 in year 1
/// (no 4s, competency 11 not rated), mostly 2-3 in year 2. A few scores are missing.
/// </summary>
public sealed class AssessmentDemonstrationGenerator(DemoRandom random, DemonstrationScope scope)
{
    public IEnumerable<Assessment> Generate(int pctId)
    {
        // A PCT's underlying strength carries from one year to the next.
        var strength = random.Normal(0, 0.45);
        foreach (var year in scope.AssessmentYears.OrderBy(y => y.Year))
        {
            var firstRound = year.RoundNumber == 1;
            var unrated = AssessmentYear.ParseUnrated(year.UnratedCompetencies);
            var assessment = new Assessment
            {
                PctId = pctId,
                AssessmentYearId = year.Id,
                StrategyRag = Rating(strength + (firstRound ? -0.3 : 0.2)),
                FinanceRag = Rating(strength + random.Normal(0, 0.4)),
                BoardRag = Rating(strength + (firstRound ? -0.1 : 0.3)),
            };
            foreach (var number in scope.CompetencyNumbers.Where(n => !unrated.Contains(n)))
            {
                if (random.Chance(0.012)) continue;
                var centre = firstRound ? 1.55 : 2.45;
                var score = (int)Math.Round(centre + strength + random.Normal(0, 0.5));
                assessment.Scores.Add(new CompetencyScore
                {
                    CompetencyNumber = number,
                    Score = Math.Clamp(score, CompetencyScore.Lowest, firstRound ? 3 : CompetencyScore.Highest),
                });
            }
            yield return assessment;
        }
    }

    private Rag? Rating(double level)
    {
        if (random.Chance(0.01)) return null;
        var value = level + random.Normal(0, 0.35);
        return value > 0.35 ? Rag.Green : value > -0.35 ? Rag.Amber : Rag.Red;
    }
}
