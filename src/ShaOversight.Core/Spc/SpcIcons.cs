namespace ShaOversight.Core.Spc;

/// <summary>The MDC variation icon, judged on the latest point.</summary>
public enum VariationIcon
{
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,

    /// <summary>Special cause, high side, for a measure with no improvement direction.</summary>
    NeutralHigh,

    /// <summary>Special cause, low side, for a measure with no improvement direction.</summary>
    NeutralLow,

    /// <summary>
    /// No icon: too few points for process limits. Never shown as common cause, which would
    /// tell a board that a series nobody can yet judge is stable.
    /// </summary>
    None,
}

/// <summary>The MDC assurance icon: what the process limits say about hitting the target.</summary>
public enum AssuranceIcon
{
    /// <summary>No icon: no target was given, the measure has no improvement direction, or there are too few points for limits.</summary>
    None,
    ConsistentlyPass,
    ConsistentlyFail,

    /// <summary>The target is within the limits or on one: the process will hit and miss it.</summary>
    Inconsistent,
}
