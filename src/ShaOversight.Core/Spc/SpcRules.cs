using static ShaOversight.Core.Spc.SpecialCauseSide;

namespace ShaOversight.Core.Spc;

/// <summary>
/// The four MDC special-cause rules. Each returns, for every point, the side it flags that point
/// on, or None. Comparisons are strict: a point on a limit or line is not beyond it.
/// </summary>
internal static class SpcRules
{
    public static SpecialCauseSide[] OutsideLimits(decimal[] values, decimal upper, decimal lower) =>
        values.Select(value => SideOf(value, upper, lower)).ToArray();

    public static SpecialCauseSide[] Shift(decimal[] values, decimal mean, int length)
    {
        // A point exactly on the mean has side None, so it ends a run rather than joining either.
        var sides = values.Select(value => SideOf(value, mean, mean)).ToArray();
        return MarkRuns(sides, length, pointsBeforeRun: 0);
    }

    public static SpecialCauseSide[] Trend(decimal[] values, int length)
    {
        // steps[i] is how point i moved from point i - 1. An unchanged value is None and ends the
        // run. A run of k rises spans k + 1 points, because it starts from the point before.
        var steps = values
            .Select((value, index) => index == 0 ? None : SideOf(value, values[index - 1], values[index - 1]))
            .ToArray();
        return MarkRuns(steps, length, pointsBeforeRun: 1);
    }

    public static SpecialCauseSide[] TwoOfThree(decimal[] values, decimal upperTwoThirds, decimal lowerTwoThirds)
    {
        // Points outside the limits are also beyond two-thirds, so they count towards the two.
        var beyond = values.Select(value => SideOf(value, upperTwoThirds, lowerTwoThirds)).ToArray();
        var marks = new SpecialCauseSide[values.Length];
        var lastStart = Math.Max(0, values.Length - 3);
        for (var start = 0; start <= lastStart; start++)
        {
            var window = beyond[start..Math.Min(start + 3, beyond.Length)];
            var side = window.Count(s => s == High) >= 2 ? High
                : window.Count(s => s == Low) >= 2 ? Low
                : None;
            if (side == None)
                continue;
            // Only the points beyond the line are the signal; the third point may be anywhere.
            for (var index = start; index < start + window.Length; index++)
            {
                if (beyond[index] == side)
                    marks[index] = side;
            }
        }
        return marks;
    }

    /// <summary>
    /// Outside the limits, 2 of 3 and shift all place a point by where it sits against the mean,
    /// so they never disagree. A trend places it by its direction of travel, which can disagree:
    /// a run still below the mean but rising back. Where the point sits then wins, because the
    /// process is still below its usual level and calling it improvement would hide that.
    /// </summary>
    public static SpecialCauseSide Combine(SpecialCauseSide outside, SpecialCauseSide twoOfThree, SpecialCauseSide shift, SpecialCauseSide trend)
    {
        var byPosition = outside != None ? outside : twoOfThree != None ? twoOfThree : shift;
        return byPosition != None ? byPosition : trend;
    }

    private static SpecialCauseSide SideOf(decimal value, decimal high, decimal low) =>
        value > high ? High : value < low ? Low : None;

    // Marks every point of each run of equal, non-None entries that spans at least `length`
    // points, where a run of entries also covers `pointsBeforeRun` points before its first entry.
    private static SpecialCauseSide[] MarkRuns(SpecialCauseSide[] entries, int length, int pointsBeforeRun)
    {
        var marks = new SpecialCauseSide[entries.Length];
        var start = 0;
        for (var end = 1; end <= entries.Length; end++)
        {
            if (end < entries.Length && entries[end] == entries[start])
                continue;
            var pointsInRun = end - start + pointsBeforeRun;
            if (entries[start] != None && pointsInRun >= length)
                marks.AsSpan(start - pointsBeforeRun, pointsInRun).Fill(entries[start]);
            start = end;
        }
        return marks;
    }
}
