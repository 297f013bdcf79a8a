namespace ShaOversight.Core.Funnels;

/// <summary>One unit in a funnel of proportions: how many of its denominator count.</summary>
public sealed record ProportionUnit(string Key, int Numerator, int Denominator)
{
    public double Proportion => (double)Numerator / Denominator;
}

/// <summary>
/// A funnel of proportions around the pooled proportion: exact binomial limits, widened for
/// overdispersion on the arcsine square-root scale (Y = asin √(y/n), s = 1 / (2√n)) when φ &gt; 1.
/// </summary>
public static class ProportionFunnel
{
    /// <summary>Σ numerators / Σ denominators: England's share when the units are its SHAs.</summary>
    public static double PooledTarget(IReadOnlyList<ProportionUnit> units) =>
        (double)units.Sum(u => u.Numerator) / units.Sum(u => u.Denominator);

    public static OverdispersionEstimate EstimateOverdispersion(IReadOnlyList<ProportionUnit> units, double target)
    {
        var centre = Math.Asin(Math.Sqrt(target));
        return Overdispersion.Estimate(units
            .Select(u => (Z: (Math.Asin(Math.Sqrt(u.Proportion)) - centre) / StandardError(u.Denominator), StandardError(u.Denominator)))
            .ToList());
    }

    /// <summary>Exact binomial limits, or, when the estimate was applied, the arcsine limits with τ² added.</summary>
    public static FunnelLimits Limits(double target, int denominator, OverdispersionEstimate overdispersion)
    {
        if (!overdispersion.Applied) return BinomialFunnel.Limits(target, denominator);
        var centre = Math.Asin(Math.Sqrt(target));
        var spread = Math.Sqrt(Math.Pow(StandardError(denominator), 2) + overdispersion.Tau2);
        // Beyond a quarter turn the sine folds back; a limit that far out is the boundary itself.
        double At(double z) => Math.Clamp(centre + z * spread, 0, Math.PI / 2) is var angle ? Math.Pow(Math.Sin(angle), 2) : 0;
        return new FunnelLimits(denominator,
            At(-FunnelLimits.Z95), At(FunnelLimits.Z95), At(-FunnelLimits.Z998), At(FunnelLimits.Z998));
    }

    private static double StandardError(int denominator) => 1 / (2 * Math.Sqrt(denominator));
}
