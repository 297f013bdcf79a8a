using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>What the demonstration generators need to know about the seeded reference data, by id.</summary>
public sealed record DemonstrationScope(
    DateOnly DataEndsOn,
    IReadOnlyList<int> ListIds,
    IReadOnlyList<int> ServiceAreaIds,
    IReadOnlyList<int> SupplierIds,
    IReadOnlyList<int> CompetencyNumbers,
    IReadOnlyList<AssessmentYear> AssessmentYears)
{
    /// <summary>The last day the demonstration data reaches: the end of 2009/10, assurance year 2.</summary>
    public static readonly DateOnly DefaultDataEndsOn = new(2010, 3, 31);

    /// <summary>The first month after the data ends; no return is dated on or after it.</summary>
    public DateOnly FirstMonthWithoutData => new DateOnly(DataEndsOn.Year, DataEndsOn.Month, 1).AddMonths(1);
}

/// <summary>A buyer the FESC generator works on, with whatever the seed articles already say of it.</summary>
public sealed record DemonstrationBuyer(
    int Id,
    OrganisationKind Kind,
    IReadOnlyList<int> CoveredPctIds,
    IReadOnlyList<(FescStage Stage, DateOnly On)> KnownStages,
    Contract? KnownContract);
