namespace ShaOversight.Core.Domain;

/// <summary>Spreads a term's savings target over its months.</summary>
public static class SavingsPhasing
{
    /// <summary>Months over which savings build up to their full monthly rate.</summary>
    public const int RampMonths = 6;

    /// <summary>
    /// Savings schemes take months to bite, so the target ramps up linearly over the first
    /// <see cref="RampMonths"/> months and is flat after. Amounts are rounded to pence, and the
    /// last month absorbs the rounding so the months add up to the target exactly.
    /// </summary>
    public static IReadOnlyList<(DateOnly Month, decimal Target)> Phase(decimal total, DateOnly startsOn, int termMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(termMonths, 1);
        var firstMonth = new DateOnly(startsOn.Year, startsOn.Month, 1);
        var weights = Enumerable.Range(1, termMonths)
            .Select(month => Math.Min(month, RampMonths) / (decimal)RampMonths)
            .ToArray();
        var weightTotal = weights.Sum();

        var phases = new List<(DateOnly, decimal)>(termMonths);
        var allocated = 0m;
        for (var index = 0; index < termMonths; index++)
        {
            var amount = index == termMonths - 1
                ? total - allocated
                : Math.Round(total * weights[index] / weightTotal, 2, MidpointRounding.AwayFromZero);
            allocated += amount;
            phases.Add((firstMonth.AddMonths(index), amount));
        }
        return phases;
    }
}
