using System.Diagnostics.CodeAnalysis;

namespace ShaOversight.Core.Spc;

/// <summary>
/// A stretch of the series with its own mean and limits: the whole series, or the part before,
/// between or after recorded recalculations. The rules run within a segment, never across one.
/// </summary>
public sealed record XmrSegment
{
    /// <summary>0 for the first segment; <see cref="XmrPoint.Segment"/> refers to this.</summary>
    public required int Index { get; init; }

    /// <summary>The first and last months in the segment.</summary>
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }

    public required int PointCount { get; init; }

    /// <summary>How many of the segment's first points the mean and limits were computed from: all of them unless a fixed baseline is set; 0 without limits.</summary>
    public required int BaselinePointCount { get; init; }

    /// <summary>The reason recorded with the recalculation that starts this segment; null for a segment no recalculation starts.</summary>
    public string? Reason { get; init; }

    /// <summary>The segment's mean and limits; null when it has too few points for them.</summary>
    public XmrLines? Lines { get; init; }

    /// <summary>True when the segment has limits and they come from fewer points than <see cref="SpcOptions.MinimumPointsForFirmLimits"/>.</summary>
    public required bool AreTrialLimits { get; init; }

    [MemberNotNullWhen(true, nameof(Lines))]
    public bool HasLimits => Lines is not null;
}
