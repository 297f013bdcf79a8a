namespace ShaOversight.Core.Spc;

/// <summary>
/// Settings for <see cref="XmrAnalysis"/>. The defaults are NHS Making Data Count's; docs/spc.md
/// says where they differ from NHSRplotthedots and why.
/// </summary>
public sealed record SpcOptions
{
    /// <summary>MDC's Excel tool needs at least this many points for a fixed baseline, as does NHSRplotthedots' fix_after_n_points.</summary>
    public const int SmallestBaseline = 12;

    public static SpcOptions Default { get; } = new();

    /// <summary>Points in a row on one side of the mean that make a shift. A point on the mean ends the run.</summary>
    public int ShiftLength
    {
        get;
        init => field = AtLeast(2, value, nameof(ShiftLength));
    } = 7;

    /// <summary>
    /// Points in a row, each higher (or each lower) than the one before, that make a trend. The
    /// point the run starts from counts, so the default of 7 points means 6 rises in a row.
    /// </summary>
    public int TrendLength
    {
        get;
        init => field = AtLeast(2, value, nameof(TrendLength));
    } = 7;

    /// <summary>
    /// When true, moving ranges at or above <see cref="XmrAnalysis.ScreeningFactor"/> × the mean
    /// moving range are left out and the mean moving range recomputed once, so one wild month does
    /// not widen the limits. Off by default because the MDC Excel tool does not screen, and boards
    /// compare our charts with ones made in it (NHSRplotthedots screens by default).
    /// </summary>
    public bool ScreenMovingRanges { get; init; }

    /// <summary>
    /// A segment with fewer points than this gets no limits, no special-cause flags and no icons.
    /// MDC's Single Chart tool shows limits and icons from 13 points. Lower it (to 2 at least) to
    /// draw trial limits on shorter series, as NHSRplotthedots does.
    /// </summary>
    public int MinimumPointsForLimits
    {
        get;
        init => field = AtLeast(2, value, nameof(MinimumPointsForLimits));
    } = 13;

    /// <summary>Limits computed from fewer points than this are trial limits: too few months to trust them.</summary>
    public int MinimumPointsForFirmLimits
    {
        get;
        init => field = AtLeast(2, value, nameof(MinimumPointsForFirmLimits));
    } = 12;

    /// <summary>
    /// When set, each segment's mean and limits come from its first this-many points only, and are
    /// applied to the rest of the segment: a fixed baseline. At least <see cref="SmallestBaseline"/>.
    /// </summary>
    public int? BaselinePoints
    {
        get;
        init => field = value is { } points ? AtLeast(SmallestBaseline, points, nameof(BaselinePoints)) : null;
    }

    /// <summary>
    /// Recorded changes after which the limits are recalculated. Each starts a segment at its first
    /// point on or after <see cref="LimitRecalculation.From"/>; each segment has its own mean and
    /// limits and the rules run within it.
    /// </summary>
    public IReadOnlyList<LimitRecalculation> Recalculations { get; init; } = [];

    // A run of one point, or firm limits from one point, would flag noise as signal; refusing
    // here means a mistyped setting fails at start-up rather than painting every chart red.
    private static int AtLeast(int minimum, int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, minimum, name);
        return value;
    }
}

/// <summary>"Limits recalculated from <paramref name="From"/> because <paramref name="Reason"/>": a recorded choice, never automatic.</summary>
public sealed record LimitRecalculation(DateOnly From, string? Reason = null);
