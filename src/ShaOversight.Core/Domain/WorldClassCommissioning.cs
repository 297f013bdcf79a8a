namespace ShaOversight.Core.Domain;

/// <summary>One of the eleven World Class Commissioning competencies.</summary>
public sealed class Competency
{
    /// <summary>1 to 11, as numbered in the assurance framework.</summary>
    public int Number { get; set; }
    public required string Name { get; set; }
}

/// <summary>An assurance round: 2008/09 was year 1, 2009/10 year 2.</summary>
public sealed class AssessmentYear
{
    public int Id { get; set; }
    public FinancialYear Year { get; set; }
    public int RoundNumber { get; set; }

    /// <summary>Competencies the round did not rate (competency 11 in year 1), comma separated.</summary>
    public string UnratedCompetencies { get; set; } = "";

    /// <summary>The competency numbers in <see cref="UnratedCompetencies"/>.</summary>
    public static IReadOnlySet<int> ParseUnrated(string? unratedCompetencies) =>
        (unratedCompetencies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet();
}

/// <summary>A PCT's assurance result for one round: its governance ratings and competency scores.</summary>
public sealed class Assessment
{
    public int Id { get; set; }
    public int PctId { get; set; }
    public Organisation Pct { get; set; } = null!;
    public int AssessmentYearId { get; set; }
    public AssessmentYear AssessmentYear { get; set; } = null!;

    public Rag? StrategyRag { get; set; }
    public Rag? FinanceRag { get; set; }
    public Rag? BoardRag { get; set; }

    public int Version { get; set; }

    /// <summary>Only scores that were given. A competency with no row is missing, never zero.</summary>
    public ICollection<CompetencyScore> Scores { get; } = [];
}

public sealed class CompetencyScore
{
    public int AssessmentId { get; set; }
    public int CompetencyNumber { get; set; }

    /// <summary>1 to 4, where 4 is world class.</summary>
    public int Score { get; set; }

    public const int Lowest = 1;
    public const int Highest = 4;
}
