using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>
/// A PCT's World Class Commissioning composite for one round, as the trade press built its league
/// tables: each half scaled to 100, the two halves averaged with equal weight.
/// <list type="bullet">
/// <item>Governance: red 0, amber 1, green 2 points for each of strategy, finance and board; points ÷ (2 × ratings given) × 100.</item>
/// <item>Competencies: scored 1 to 4 here, so a level is worth level − 1 points (1 → 0 … 4 → 3, the same
/// nought-up scale as the RAG points); points ÷ (3 × competencies scored) × 100.</item>
/// </list>
/// Anything not rated is left out of its half's denominator, never counted as nought, and <see cref="Note"/> says so.
/// </summary>
public sealed record WccComposite(
    int CompetencyPoints, int CompetenciesScored, int CompetenciesInRound,
    int GovernancePoints, int GovernanceRatings, IReadOnlyList<int> UnratedInRound)
{
    public const int PointsPerCompetency = CompetencyScore.Highest - CompetencyScore.Lowest;
    public const int PointsPerRating = (int)Rag.Green;
    public const int GovernanceItems = 3;

    public static int PointsFor(int competencyLevel) => competencyLevel - CompetencyScore.Lowest;

    public static int PointsFor(Rag rating) => (int)rating;

    public decimal? CompetencyHalf => CompetenciesScored == 0 ? null : 100m * CompetencyPoints / (PointsPerCompetency * CompetenciesScored);

    public decimal? GovernanceHalf => GovernanceRatings == 0 ? null : 100m * GovernancePoints / (PointsPerRating * GovernanceRatings);

    /// <summary>Null unless both halves have something in them: half a composite is not comparable.</summary>
    public decimal? Score => CompetencyHalf is { } c && GovernanceHalf is { } g ? (c + g) / 2 : null;

    /// <summary>What was left out, in words; empty when the PCT was rated on everything the round rated.</summary>
    public string Note
    {
        get
        {
            var parts = new List<string>();
            if (UnratedInRound.Count > 0)
                parts.Add($"competenc{(UnratedInRound.Count == 1 ? "y" : "ies")} {string.Join(", ", UnratedInRound)} not rated this round");
            if (CompetenciesScored < CompetenciesInRound)
                parts.Add($"scored on {CompetenciesScored} of the round's {CompetenciesInRound} competencies");
            if (GovernanceRatings < GovernanceItems)
                parts.Add($"{GovernanceRatings} of {GovernanceItems} governance ratings given");
            if (Score is null) parts.Add("no composite: a half has nothing rated");
            return parts.Count == 0 ? "" : char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ".";
        }
    }
}
