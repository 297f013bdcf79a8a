using static ShaOversight.Core.Spc.SpecialCauseSide;

namespace ShaOversight.Core.Spc;

/// <summary>
/// The four MDC special-cause rules. Each returns, for every point, the side it flags that point
/// on, or None. Comparisons are strict: a point on a limit or line is not beyond it. They run on
/// one segment at a time, so no run or window crosses a recalculation.
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
        // Where a falling run starts from the top of a rising one, the shared point belongs to the
        // later run, as in NHSRplotthedots, which takes the step to a trend point's right.
        var steps = values
            .Select((value, index) => index == 0 ? None : SideOf(value, values[index - 1], values[index - 1]))
            .ToArray();
        return MarkRuns(steps, length, pointsBeforeRun: 1);
    }

    /// <summary>
    /// Two of three points in a row beyond the same two-thirds line, with all three on that side
    /// of the mean. Points beyond the process limit count (MDC's 2023 change). Only the points
    /// beyond the line are flagged; the third point is not.
    /// </summary>
    public static SpecialCauseSide[] TwoOfThree(decimal[] values, decimal mean, decimal upperTwoThirds, decimal lowerTwoThirds)
    {
        var beyond = values.Select(value => SideOf(value, upperTwoThirds, lowerTwoThirds)).ToArray();
        var sideOfMean = values.Select(value => SideOf(value, mean, mean)).ToArray();
        var marks = new SpecialCauseSide[values.Length];
        for (var start = 0; start + 3 <= values.Length; start++)
        {
            var side = sideOfMean[start];
            if (side == None || sideOfMean[start + 1] != side || sideOfMean[start + 2] != side)
                continue;
            if (beyond.AsSpan(start, 3).Count(side) < 2)
                continue;
            for (var index = start; index < start + 3; index++)
            {
                if (beyond[index] == side)
                    marks[index] = side;
            }
        }
        return marks;
    }

    /// <summary>
    /// One side for a point that several rules flag. Outside the limits, 2 of 3 and shift place a
    /// point by where it sits against the mean, so they agree; a trend places it by its direction
    /// of travel and can disagree, e.g. a rising run still below the mean. MDC's Single Chart tool
    /// then shows improvement, so the improvement side wins. With no improvement direction there
    /// is none to prefer, and NHSRplotthedots' order decides: outside the limits, then trend,
    /// then 2 of 3, then shift.
    /// </summary>
    public static SpecialCauseSide Resolve(
        SpecialCauseSide outside, SpecialCauseSide trend, SpecialCauseSide twoOfThree, SpecialCauseSide shift,
        ImprovementDirection direction)
    {
        SpecialCauseSide[] byPrecedence = [outside, trend, twoOfThree, shift];
        var first = Array.Find(byPrecedence, side => side != None);
        var conflict = byPrecedence.Contains(High) && byPrecedence.Contains(Low);
        return !conflict ? first : direction switch
        {
            ImprovementDirection.Up => High,
            ImprovementDirection.Down => Low,
            _ => first,
        };
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
