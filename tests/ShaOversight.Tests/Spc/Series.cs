namespace ShaOversight.Tests.Spc;

/// <summary>Monthly series for the SPC tests, starting in April 2008.</summary>
internal static class Series
{
    public static readonly DateOnly FirstMonth = new(2008, 4, 1);

    public static (DateOnly Period, decimal Value)[] Monthly(params decimal[] values) =>
        values.Select((value, index) => (FirstMonth.AddMonths(index), value)).ToArray();

    /// <summary>
    /// A series with nothing unusual in it, round numbers throughout, and the 13 months MDC needs
    /// for limits: sum 260 over 13 months, so the mean is 20;
    /// moving ranges 5, 6, 0, 1, 5, 4, 1, 2, 3, 5, 4, 0, which sum to 36 over 12, so the mean moving range is 3;
    /// limits 20 ± 2.66 × 3 = 20 ± 7.98, so 27.98 and 12.02;
    /// two-thirds lines 20 ± 7.98 × 2 / 3 = 20 ± 5.32, so 25.32 and 14.68.
    /// </summary>
    public static readonly decimal[] Stable = [18, 23, 17, 17, 18, 23, 19, 20, 22, 19, 24, 20, 20];

    /// <summary>
    /// The latest month, 21, is above the upper limit:
    /// sum 143 over 13, so the mean is 11;
    /// moving ranges 4, 1, 2, 3, 1, 3, 2, 2, 1, 2, 2, 10, which sum to 33 over 12, so 2.75;
    /// limits 11 ± 2.66 × 2.75 = 11 ± 7.315, so 18.315 and 3.685. Every other month is between 8 and 12.
    /// </summary>
    public static readonly decimal[] LatestAboveUpperLimit = [12, 8, 9, 11, 8, 9, 12, 10, 12, 11, 9, 11, 21];

    /// <summary>The mirror image, 22 − each value: same mean (11) and moving ranges; the latest, 1, is below 3.685.</summary>
    public static readonly decimal[] LatestBelowLowerLimit = LatestAboveUpperLimit.Select(value => 22 - value).ToArray();

    /// <summary>NHSRplotthedots' settings: it screens moving ranges and draws (trial) limits from two points.</summary>
    public static readonly ShaOversight.Core.Spc.SpcOptions AsNhsrPlotTheDots = new() { ScreenMovingRanges = true, MinimumPointsForLimits = 2 };
}
