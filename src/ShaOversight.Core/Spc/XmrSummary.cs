using static ShaOversight.Core.Spc.VariationIcon;

namespace ShaOversight.Core.Spc;

/// <summary>
/// Plain-English sentences for board papers. The series here are monthly (PRODUCT.md), so the
/// text says "month". It carries counts but no values, so there is nothing to round or format.
/// </summary>
internal static class XmrSummary
{
    public static string TooFewPoints(int count) => count == 0
        ? "No data yet: process limits need at least two months."
        : "Only one month of data: process limits need at least two.";

    public static string Describe(XmrResult result, int minimumPointsForFirmLimits)
    {
        var sentences = new List<string> { Variation(result) };
        if (Assurance(result) is { } assurance)
            sentences.Add(assurance);
        if (result.AreTrialLimits)
        {
            sentences.Add($"These are trial limits: there are {result.Points.Count} months of data, "
                + $"and {minimumPointsForFirmLimits} are needed for firm limits.");
        }
        return string.Join(" ", sentences);
    }

    private static string Variation(XmrResult result)
    {
        var heading = result.Variation switch
        {
            CommonCause => null,
            ImprovementHigh or ImprovementLow => "Special cause improvement",
            ConcernHigh or ConcernLow => "Special cause concern",
            _ => "Special cause variation (no improvement direction is set)",
        };
        if (heading is null)
            return "Common cause variation: nothing unusual in the latest month.";
        return $"{heading}: the latest month {JoinWithAnd(Reasons(result.Points, result.Mean!.Value))}.";
    }

    private static List<string> Reasons(IReadOnlyList<XmrPoint> points, decimal mean)
    {
        var latest = points[^1];
        var high = latest.SpecialCauseSide == SpecialCauseSide.High;
        var (limit, beyond) = high ? ("upper", "above") : ("lower", "below");
        var reasons = new List<string>();
        if (latest.OutsideLimits)
            reasons.Add($"is {beyond} the {limit} process limit");
        if (latest.InTwoOfThree)
            reasons.Add($"is one of two out of three months more than two-thirds of the way to the {limit} process limit");
        if (latest.InShift)
        {
            var run = CountBack(points, point => point.InShift && (high ? point.Value > mean : point.Value < mean));
            reasons.Add($"is the latest of {run} months in a row {beyond} the mean");
        }
        // The latest point ends any trend it is in, so its last step gives the trend's direction.
        // A trend the other way from the point's side lost to where the point sits: leave it out.
        if (latest.InTrend && (points[^1].Value > points[^2].Value) == high)
        {
            var run = 1;
            while (run < points.Count && Math.Sign(points[^run].Value.CompareTo(points[^(run + 1)].Value)) == (high ? 1 : -1))
                run++;
            reasons.Add($"ends a {(high ? "rising" : "falling")} run of {run} months");
        }
        return reasons;
    }

    private static string? Assurance(XmrResult result)
    {
        var target = result.Target;
        var up = result.Direction == ImprovementDirection.Up;
        return result.Assurance switch
        {
            AssuranceIcon.ConsistentlyPass => $"The target is at or {(up ? "below the lower" : "above the upper")} "
                + "process limit, so it will be met consistently unless something changes.",
            AssuranceIcon.ConsistentlyFail => $"The target is {(up ? "above the upper" : "below the lower")} "
                + "process limit, so it will not be met unless something changes.",
            AssuranceIcon.Inconsistent when target >= result.LowerProcessLimit && target <= result.UpperProcessLimit =>
                "The target lies within the process limits, so it will be met only some of the time.",
            AssuranceIcon.Inconsistent => "The target lies outside the process limits, but with no improvement "
                + "direction set it cannot be judged a consistent pass or fail.",
            _ => null,
        };
    }

    private static int CountBack<T>(IReadOnlyList<T> items, Func<T, bool> holds)
    {
        var count = 0;
        while (count < items.Count && holds(items[items.Count - 1 - count]))
            count++;
        return count;
    }

    private static string JoinWithAnd(List<string> parts) => parts.Count <= 1
        ? string.Concat(parts)
        : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
}
