using System.Diagnostics.CodeAnalysis;

namespace ShaOversight.Core.Spc;

/// <summary>
/// An XmR chart's centre line, limits, flagged points and icons. Nothing is rounded: round for
/// display. The headline lines are the last segment's; <see cref="Segments"/> has every
/// segment's. When the last segment is too short for limits, every limit member is null and
/// there is no icon: <see cref="Variation"/> and <see cref="Assurance"/> are both None.
/// </summary>
public sealed record XmrResult
{
    public decimal? Mean => LastLines?.Mean;
    public decimal? MeanMovingRange => LastLines?.MeanMovingRange;

    /// <summary>The last segment's mean + 2.66 × mean moving range.</summary>
    public decimal? UpperProcessLimit => LastLines?.UpperProcessLimit;

    /// <summary>The last segment's mean − 2.66 × mean moving range.</summary>
    public decimal? LowerProcessLimit => LastLines?.LowerProcessLimit;

    /// <summary>Two-thirds of the way from the mean to the upper limit, for the 2-of-3 rule.</summary>
    public decimal? UpperTwoThirds => LastLines?.UpperTwoThirds;

    /// <summary>Two-thirds of the way from the mean to the lower limit, for the 2-of-3 rule.</summary>
    public decimal? LowerTwoThirds => LastLines?.LowerTwoThirds;

    /// <summary>True when the last segment has limits computed from fewer points than <see cref="SpcOptions.MinimumPointsForFirmLimits"/>.</summary>
    public required bool AreTrialLimits { get; init; }

    /// <summary>
    /// A short note for the chart about the last segment's limits: too few points for limits, or
    /// trial limits. Null when its limits are firm.
    /// </summary>
    public string? LimitsNote { get; init; }

    /// <summary>The segments in time order: one, unless limits were recalculated. Empty when there are no points.</summary>
    public IReadOnlyList<XmrSegment> Segments { get; init; } = [];

    /// <summary>The points in time order, whatever order they were given in.</summary>
    public required IReadOnlyList<XmrPoint> Points { get; init; }

    /// <summary>The direction and target the icons were judged against, echoed for the chart.</summary>
    public required ImprovementDirection Direction { get; init; }
    public decimal? Target { get; init; }

    public required VariationIcon Variation { get; init; }
    public required AssuranceIcon Assurance { get; init; }

    /// <summary>One to three plain-English sentences for a board paper.</summary>
    public required string Summary { get; init; }

    private XmrLines? LastLines => Segments.Count == 0 ? null : Segments[^1].Lines;

    [MemberNotNullWhen(true, nameof(Mean), nameof(MeanMovingRange), nameof(UpperProcessLimit),
        nameof(LowerProcessLimit), nameof(UpperTwoThirds), nameof(LowerTwoThirds))]
    public bool HasLimits =>
        Mean is not null && MeanMovingRange is not null && UpperProcessLimit is not null
        && LowerProcessLimit is not null && UpperTwoThirds is not null && LowerTwoThirds is not null;
}
