namespace ShaOversight.Core.Spc;

/// <summary>
/// One segment of an XmR chart: its mean and limits, from its baseline points, and the rules run
/// over its points only. A segment too short for limits gets none, and no point in it is flagged.
/// </summary>
internal static class SegmentAnalysis
{
    public static (XmrSegment Segment, XmrPoint[] Points) Analyse(
        (DateOnly Period, decimal Value)[] series, int index, string? reason, ImprovementDirection direction, SpcOptions options)
    {
        var values = series.Select(point => point.Value).ToArray();
        // The moving ranges inside the segment; the first point's range would cross the break.
        var ranges = values.Skip(1).Select((value, i) => Math.Abs(value - values[i])).ToArray();
        var baselineCount = Math.Min(values.Length, options.BaselinePoints ?? int.MaxValue);
        var segment = new XmrSegment
        {
            Index = index,
            Start = series[0].Period,
            End = series[^1].Period,
            PointCount = values.Length,
            BaselinePointCount = baselineCount,
            Reason = reason,
            AreTrialLimits = baselineCount < options.MinimumPointsForFirmLimits,
        };
        XmrPoint PointAt(int i) => new()
        {
            Period = series[i].Period,
            Value = values[i],
            MovingRange = i == 0 ? null : ranges[i - 1],
            Segment = index,
            InBaseline = i < baselineCount,
        };

        // Too short: no limits, so no point went into any and none are trial limits.
        if (values.Length < options.MinimumPointsForLimits)
        {
            return (segment with { BaselinePointCount = 0, AreTrialLimits = false },
                values.Select((_, i) => PointAt(i) with { InBaseline = false }).ToArray());
        }

        // With a fixed baseline the limits come from its points and ranges alone (NHSRplotthedots'
        // fix_after_n_points); the later points are judged against them.
        var (meanMovingRange, excluded) = MeanMovingRange(ranges[..(baselineCount - 1)], options.ScreenMovingRanges);
        var lines = XmrLines.From(values[..baselineCount].Average(), meanMovingRange);
        segment = segment with { Lines = lines };

        var outside = SpcRules.OutsideLimits(values, lines.UpperProcessLimit, lines.LowerProcessLimit);
        var trend = SpcRules.Trend(values, options.TrendLength);
        var twoOfThree = SpcRules.TwoOfThree(values, lines.Mean, lines.UpperTwoThirds, lines.LowerTwoThirds);
        var shift = SpcRules.Shift(values, lines.Mean, options.ShiftLength);
        var points = values.Select((_, i) => PointAt(i) with
        {
            MovingRangeExcluded = i > 0 && i - 1 < excluded.Length && excluded[i - 1],
            OutsideLimits = outside[i] != SpecialCauseSide.None,
            InShift = shift[i] != SpecialCauseSide.None,
            InTrend = trend[i] != SpecialCauseSide.None,
            InTwoOfThree = twoOfThree[i] != SpecialCauseSide.None,
            SpecialCauseSide = SpcRules.Resolve(outside[i], trend[i], twoOfThree[i], shift[i], direction),
        }).ToArray();
        return (segment, points);
    }

    private static (decimal Mean, bool[] Excluded) MeanMovingRange(decimal[] ranges, bool screen)
    {
        var mean = ranges.Average();
        var excluded = new bool[ranges.Length];
        if (!screen)
            return (mean, excluded);

        // Screen once, as MDC describes. Repeating until nothing changes would keep trimming
        // ordinary variation and narrow the limits too far. A range equal to the ceiling goes, as
        // in NHSRplotthedots, which keeps only ranges below it. Some range is always below the
        // mean or all are equal to it, and 3.267 × the mean is above the mean unless it is 0.
        var ceiling = XmrAnalysis.ScreeningFactor * mean;
        for (var index = 0; index < ranges.Length; index++)
            excluded[index] = mean > 0 && ranges[index] >= ceiling;
        return (ranges.Where((_, index) => !excluded[index]).Average(), excluded);
    }
}
