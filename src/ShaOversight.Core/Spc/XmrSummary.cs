using System.Globalization;
using static ShaOversight.Core.Spc.VariationIcon;

namespace ShaOversight.Core.Spc;

/// <summary>
/// Plain-English sentences for board papers. The series here are monthly (PRODUCT.md), so the
/// text says "month". It carries counts and months but no values, so there is nothing to round.
/// </summary>
internal static class XmrSummary
{
    /// <summary>What the chart should say about the last segment's limits; null when they are firm.</summary>
    public static string? LimitsNote(XmrSegment? last, SpcOptions options)
    {
        if (last is null)
            return $"No data yet: process limits need at least {options.MinimumPointsForLimits} months.";
        var since = last.Index == 0 ? "" : $" since the limits were recalculated";
        if (!last.HasLimits)
        {
            return $"Too few months for process limits: there {(last.PointCount == 1 ? "is 1" : $"are {last.PointCount}")}{since}, "
                + $"and {options.MinimumPointsForLimits} are needed.";
        }
        return last.AreTrialLimits
            ? $"These are trial limits: they come from {last.BaselinePointCount} months{since}, "
                + $"and {options.MinimumPointsForFirmLimits} are needed for firm limits."
            : null;
    }

    public static string Describe(XmrResult result, SpcOptions options)
    {
        var last = result.Segments.Count == 0 ? null : result.Segments[^1];
        if (last is not { HasLimits: true })
            return LimitsNote(last, options)!;

        var points = result.Points.Where(point => point.Segment == last.Index).ToList();
        var sentences = new List<string> { Variation(result.Variation, points, last.Lines.Mean) };
        if (Assurance(result) is { } assurance)
            sentences.Add(assurance);
        if (last.Index > 0)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"The limits were recalculated from {last.Start:MMMM yyyy}")
                + (string.IsNullOrWhiteSpace(last.Reason) ? "." : $": {last.Reason.Trim().TrimEnd('.')}."));
        }
        if (last.BaselinePointCount < last.PointCount)
            sentences.Add($"The limits are fixed on the first {last.BaselinePointCount} months{(last.Index > 0 ? " after that" : "")}.");
        if (LimitsNote(last, options) is { } note)
            sentences.Add(note);
        return string.Join(" ", sentences);
    }

    private static string Variation(VariationIcon icon, List<XmrPoint> points, decimal mean)
    {
        var heading = icon switch
        {
            CommonCause => null,
            ImprovementHigh or ImprovementLow => "Special cause improvement",
            ConcernHigh or ConcernLow => "Special cause concern",
            _ => "Special cause variation (no improvement direction is set)",
        };
        if (heading is null)
            return "Common cause variation: nothing unusual in the latest month.";
        return $"{heading}: the latest month {JoinWithAnd(Reasons(points, mean))}.";
    }

    // Only the rules that flag the latest month on the side it was resolved to: a rule pointing
    // the other way lost (see SpcRules.Resolve) and naming it would contradict the icon.
    private static List<string> Reasons(List<XmrPoint> points, decimal mean)
    {
        var latest = points[^1];
        var high = latest.SpecialCauseSide == SpecialCauseSide.High;
        var sitsOnItsSide = high ? latest.Value > mean : latest.Value < mean;
        var (limit, beyond) = high ? ("upper", "above") : ("lower", "below");
        var reasons = new List<string>();
        if (latest.OutsideLimits && sitsOnItsSide)
            reasons.Add($"is {beyond} the {limit} process limit");
        if (latest.InTwoOfThree && sitsOnItsSide)
            reasons.Add($"is one of two out of three months more than two-thirds of the way to the {limit} process limit");
        if (latest.InShift && sitsOnItsSide)
        {
            var run = CountBack(points, point => point.InShift && (high ? point.Value > mean : point.Value < mean));
            reasons.Add($"is the latest of {run} months in a row {beyond} the mean");
        }
        // The latest point ends any trend it is in, so its last step gives the trend's direction.
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
        var up = result.Direction == ImprovementDirection.Up;
        return result.Assurance switch
        {
            AssuranceIcon.ConsistentlyPass => $"The target is {(up ? "below the lower" : "above the upper")} "
                + "process limit, so it will be met consistently unless something changes.",
            AssuranceIcon.ConsistentlyFail => $"The target is {(up ? "above the upper" : "below the lower")} "
                + "process limit, so it will not be met unless something changes.",
            AssuranceIcon.Inconsistent when result.Target == result.UpperProcessLimit || result.Target == result.LowerProcessLimit =>
                "The target is exactly on a process limit, so it will be met only some of the time.",
            AssuranceIcon.Inconsistent => "The target lies within the process limits, so it will be met only some of the time.",
            _ when result.Target is not null && result.Direction == ImprovementDirection.Neither =>
                "No assurance is given against the target, because the measure has no improvement direction.",
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
