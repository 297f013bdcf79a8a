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

    /// <summary>The difference from the previous point, always positive; null for the first point.</summary>
    public decimal? MovingRange { get; init; }

    /// <summary>True when screening left this moving range out of the mean moving range.</summary>
    public bool MovingRangeExcluded { get; init; }

    public bool OutsideLimits { get; init; }
    public bool InShift { get; init; }
    public bool InTrend { get; init; }
    public bool InTwoOfThree { get; init; }

    /// <summary>
    /// The side of the special cause, or None for common cause. When a trend disagrees with the
    /// other rules (a rising run that is still below the mean), the other rules win: see
    /// <see cref="XmrAnalysis"/>.
    /// </summary>
    public SpecialCauseSide SpecialCauseSide { get; init; }

    public bool IsSpecialCause => SpecialCauseSide != SpecialCauseSide.None;
}
