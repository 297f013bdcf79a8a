namespace ShaOversight.Core.Spc;

/// <summary>
/// XmR (individuals and moving range) charts as NHS England's Making Data Count guidance draws
/// them: centre line, process limits, the four special-cause rules and the two icons.
/// </summary>
public static class XmrAnalysis
{
    /// <summary>3 ÷ d2, where d2 = 1.128 for ranges of two points: turns the mean moving range into three sigma.</summary>
    public const decimal LimitFactor = 2.66m;

    /// <summary>D4 for ranges of two points: the moving range chart's upper limit, as a multiple of the mean moving range.</summary>
    public const decimal ScreeningFactor = 3.267m;

    /// <summary>
    /// Analyses a series. Points may come in any order; they are put in period order. Short
    /// series are not an error: with fewer than two points the result has no limits.
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
        var values = series.Select(point => point.Value).ToArray();
        var areTrialLimits = series.Length < options.MinimumPointsForFirmLimits;

        if (series.Length < 2)
        {
            return new XmrResult
            {
                AreTrialLimits = areTrialLimits,
                Points = series.Select(point => new XmrPoint { Period = point.Period, Value = point.Value }).ToArray(),
                Direction = direction,
                Target = target,
                Variation = VariationIcon.CommonCause,
                Assurance = AssuranceIcon.None,
                Summary = XmrSummary.TooFewPoints(series.Length),
            };
        }

        var ranges = values.Skip(1).Select((value, index) => Math.Abs(value - values[index])).ToArray();
        var (meanMovingRange, excluded) = MeanMovingRange(ranges, options.ScreenMovingRanges);
        var mean = values.Average();
        var reach = LimitFactor * meanMovingRange;
        var (upper, lower) = (mean + reach, mean - reach);
        var (upperTwoThirds, lowerTwoThirds) = (mean + reach * 2 / 3, mean - reach * 2 / 3);

        var outside = SpcRules.OutsideLimits(values, upper, lower);
        var twoOfThree = SpcRules.TwoOfThree(values, upperTwoThirds, lowerTwoThirds);
        var shift = SpcRules.Shift(values, mean, options.ShiftLength);
        var trend = SpcRules.Trend(values, options.TrendLength);
        var analysed = series.Select((point, index) => new XmrPoint
        {
            Period = point.Period,
            Value = point.Value,
            MovingRange = index == 0 ? null : ranges[index - 1],
            MovingRangeExcluded = index > 0 && excluded[index - 1],
            OutsideLimits = outside[index] != SpecialCauseSide.None,
            InShift = shift[index] != SpecialCauseSide.None,
            InTrend = trend[index] != SpecialCauseSide.None,
            InTwoOfThree = twoOfThree[index] != SpecialCauseSide.None,
            SpecialCauseSide = SpcRules.Combine(outside[index], twoOfThree[index], shift[index], trend[index]),
        }).ToArray();

        var result = new XmrResult
        {
            Mean = mean,
            MeanMovingRange = meanMovingRange,
            UpperProcessLimit = upper,
            LowerProcessLimit = lower,
            UpperTwoThirds = upperTwoThirds,
            LowerTwoThirds = lowerTwoThirds,
            AreTrialLimits = areTrialLimits,
            Points = analysed,
            Direction = direction,
            Target = target,
            Variation = XmrIcons.Variation(analysed[^1].SpecialCauseSide, direction),
            Assurance = XmrIcons.Assurance(target, direction, upper, lower),
            Summary = "",
        };
        return result with { Summary = XmrSummary.Describe(result, options.MinimumPointsForFirmLimits) };
    }

    private static (decimal Mean, bool[] Excluded) MeanMovingRange(decimal[] ranges, bool screen)
    {
        var mean = ranges.Average();
        var excluded = new bool[ranges.Length];
        if (!screen)
            return (mean, excluded);

        // Screen once, as MDC describes. Repeating until nothing changes would keep trimming
        // ordinary variation and narrow the limits too far. Some range is always at or below the
        // mean, so at least one survives.
        var ceiling = ScreeningFactor * mean;
        for (var index = 0; index < ranges.Length; index++)
            excluded[index] = ranges[index] > ceiling;
        return (ranges.Where((_, index) => !excluded[index]).Average(), excluded);
    }
}
