namespace ShaOversight.Core.Funnels;

/// <summary>
/// A funnel's limits at one denominator: the inner pair holds 95% of units by chance alone,
/// the outer pair 99.8% (Spiegelhalter 2005's two-sided 2 and 3 standard-deviation analogues).
/// </summary>
public sealed record FunnelLimits(double Denominator, double Lower95, double Upper95, double Lower998, double Upper998)
{
    /// <summary>Two-sided normal quantiles: 1.959964 for 95%, 3.090232 for 99.8%.</summary>
    public const double Z95 = 1.959964, Z998 = 3.090232;

    /// <summary>Lower-tail probabilities of the four limits, in the order Lower95, Upper95, Lower998, Upper998.</summary>
    public const double P95Lower = 0.025, P95Upper = 0.975, P998Lower = 0.001, P998Upper = 0.999;

    /// <summary>Where a value sits against these limits; a value on a limit is inside it.</summary>
    public FunnelPosition Place(double value) => value switch
    {
        _ when value > Upper998 => FunnelPosition.Above998,
        _ when value > Upper95 => FunnelPosition.Above95,
        _ when value < Lower998 => FunnelPosition.Below998,
        _ when value < Lower95 => FunnelPosition.Below95,
        _ => FunnelPosition.Within,
    };
}

/// <summary>Where a unit sits in the funnel.</summary>
public enum FunnelPosition
{
    Within,
    Above95,
    Above998,
    Below95,
    Below998,
}

public static class FunnelPositionWords
{
    /// <summary>The table column's words: within, above or below, and which limit.</summary>
    public static string Describe(this FunnelPosition position) => position switch
    {
        FunnelPosition.Above998 => "Above 99.8% limit",
        FunnelPosition.Above95 => "Above 95% limit",
        FunnelPosition.Below998 => "Below 99.8% limit",
        FunnelPosition.Below95 => "Below 95% limit",
        _ => "Within limits",
    };

    public static bool IsOutside(this FunnelPosition position) => position != FunnelPosition.Within;
}
