namespace ShaOversight.Core.Spc;

/// <summary>
/// XmR (individuals and moving range) charts as NHS England's Making Data Count guidance draws
/// them: centre line, process limits, the four special-cause rules and the two icons. It agrees
/// with NHSRplotthedots except where MDC's own guidance differs (docs/spc.md lists where).
/// </summary>
public static class XmrAnalysis
{
    /// <summary>3 ÷ d2, where d2 = 1.128 for ranges of two points: turns the mean moving range into three sigma.</summary>
    public const decimal LimitFactor = 2.66m;

    /// <summary>D4 for ranges of two points: the moving range chart's upper limit, as a multiple of the mean moving range.</summary>
    public const decimal ScreeningFactor = 3.267m;

    /// <summary>
    /// Analyses a series. Points may come in any order; they are put in period order. Short
    /// series are not an error: a segment with fewer than
    /// <see cref="SpcOptions.MinimumPointsForLimits"/> points has no limits.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined value.</exception>
    public static XmrResult Analyse(
        IReadOnlyList<(DateOnly Period, decimal Value)> points,
        ImprovementDirection direction,
        decimal? target,
        SpcOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (!Enum.IsDefined(direction))
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown improvement direction.");
        options ??= SpcOptions.Default;

        // Runs and moving ranges only mean anything in time order, and rows from a query or an
        // import may arrive in any order. OrderBy is stable, so duplicate periods keep theirs.
        var series = points.OrderBy(point => point.Period).ToArray();
        var segments = new List<XmrSegment>();
        var analysed = new List<XmrPoint>();
        var starts = SegmentStarts(series, options.Recalculations);
        for (var index = 0; index < starts.Count; index++)
        {
            var end = index + 1 < starts.Count ? starts[index + 1].Start : series.Length;
            var (segment, segmentPoints) = SegmentAnalysis.Analyse(
                series[starts[index].Start..end], index, starts[index].Reason, direction, options);
            segments.Add(segment);
            analysed.AddRange(segmentPoints);
        }

        // The icons and the headline lines describe the process as it is now: the last segment.
        var last = segments.LastOrDefault();
        var result = new XmrResult
        {
            AreTrialLimits = last?.AreTrialLimits == true,
            Points = analysed,
            Segments = segments,
            Direction = direction,
            Target = target,
            Variation = last?.HasLimits == true ? XmrIcons.Variation(analysed[^1].SpecialCauseSide, direction) : VariationIcon.None,
            Assurance = last is { HasLimits: true }
                ? XmrIcons.Assurance(target, direction, last.Lines.UpperProcessLimit, last.Lines.LowerProcessLimit)
                : AssuranceIcon.None,
            Summary = "",
        };
        return result with
        {
            LimitsNote = XmrSummary.LimitsNote(last, options),
            Summary = XmrSummary.Describe(result, options),
        };
    }

    /// <summary>
    /// Where each segment starts, as an index into the ordered series, with the reason recorded
    /// for it. A recalculation starts at its first point on or after its month, so a month with
    /// no data moves it to the next point that has some. One on or before the first point only
    /// labels the first segment; one after the last point has nothing to start. Where two land on
    /// the same point, the later month's reason is kept.
    /// </summary>
    private static List<(int Start, string? Reason)> SegmentStarts(
        (DateOnly Period, decimal Value)[] series, IReadOnlyList<LimitRecalculation> recalculations)
    {
        if (series.Length == 0)
            return [];
        var reasons = new SortedDictionary<int, string?> { [0] = null };
        foreach (var recalculation in recalculations.OrderBy(r => r.From))
        {
            var start = Array.FindIndex(series, point => point.Period >= recalculation.From);
            if (start >= 0)
                reasons[start] = recalculation.Reason;
        }
        return reasons.Select(pair => (pair.Key, pair.Value)).ToList();
    }
}
