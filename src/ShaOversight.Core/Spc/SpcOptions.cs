namespace ShaOversight.Core.Spc;

/// <summary>Settings for <see cref="XmrAnalysis"/>. The defaults are NHS Making Data Count's.</summary>
public sealed record SpcOptions
{
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
    /// When true, moving ranges above <see cref="XmrAnalysis.ScreeningFactor"/> × the mean moving
    /// range are left out and the mean recomputed once, so one wild month does not widen the
    /// limits. Off by default because the MDC Excel tool does not screen, and boards compare our
    /// charts with ones made in it.
    /// </summary>
    public bool ScreenMovingRanges { get; init; }

    /// <summary>Below this many points the limits are trial limits: too few months to trust them.</summary>
    public int MinimumPointsForFirmLimits
    {
        get;
        init => field = AtLeast(2, value, nameof(MinimumPointsForFirmLimits));
    } = 12;

    // A run of one point, or firm limits from one point, would flag noise as signal; refusing
    // here means a mistyped setting fails at start-up rather than painting every chart red.
    private static int AtLeast(int minimum, int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, minimum, name);
        return value;
    }
}
