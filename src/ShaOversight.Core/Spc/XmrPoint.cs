namespace ShaOversight.Core.Spc;

/// <summary>Which side of the chart a special cause is on. High means above the mean or rising.</summary>
public enum SpecialCauseSide
{
    None,
    High,
    Low,
}

/// <summary>One point of an XmR chart, with the rules it is caught by.</summary>
public sealed record XmrPoint
{
    public required DateOnly Period { get; init; }
    public required decimal Value { get; init; }

    /// <summary>
    /// The difference from the previous point, never negative; null for the first point of each
    /// segment, because a segment's limits use only the ranges within it.
    /// </summary>
    public decimal? MovingRange { get; init; }

    /// <summary>The index of the <see cref="XmrSegment"/> the point belongs to: 0 unless limits were recalculated.</summary>
    public int Segment { get; init; }

    /// <summary>True when the point's value went into its segment's mean and limits: every point, unless a fixed baseline is set.</summary>
    public bool InBaseline { get; init; }

    /// <summary>True when screening left this moving range out of the mean moving range.</summary>
    public bool MovingRangeExcluded { get; init; }

    public bool OutsideLimits { get; init; }
    public bool InShift { get; init; }
    public bool InTrend { get; init; }
    public bool InTwoOfThree { get; init; }

    /// <summary>
    /// The side of the special cause, or None for common cause. When a trend disagrees with the
    /// other rules (a rising run that is still below the mean), the improvement side wins, as in
    /// MDC's Single Chart tool; with no improvement direction, NHSRplotthedots' order decides.
    /// </summary>
    public SpecialCauseSide SpecialCauseSide { get; init; }

    public bool IsSpecialCause => SpecialCauseSide != SpecialCauseSide.None;
}
