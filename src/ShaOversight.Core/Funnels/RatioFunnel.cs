namespace ShaOversight.Core.Funnels;

/// <summary>One unit in a funnel of ratios: what it achieved against what was expected of it.</summary>
public sealed record RatioUnit(string Key, double Observed, double Expected)
{
    public double Ratio => Observed / Expected;
}

/// <summary>
/// A funnel of ratios of observed to expected around the pooled ratio Σ observed / Σ expected:
/// exact Poisson limits, widened for overdispersion on the log scale (Y = ln(O/E), s = 1/√E,
/// FunnelPlotR's default "SHMI" method for standardised ratios) when φ &gt; 1.
/// </summary>
public static class RatioFunnel
{
    /// <summary>
    /// Stands in for an observed count of nought on the log scale, whose logarithm has no value: half a count,
    /// the usual continuity correction. It moves only that unit's z-score, never its plotted ratio.
    /// </summary>
    public const double ZeroObserved = 0.5;

    public static double PooledTarget(IReadOnlyList<RatioUnit> units) => units.Sum(u => u.Observed) / units.Sum(u => u.Expected);

    public static OverdispersionEstimate EstimateOverdispersion(IReadOnlyList<RatioUnit> units, double target) =>
        Overdispersion.Estimate(units
            .Select(u => (Z: (Math.Log(Math.Max(u.Observed, ZeroObserved) / u.Expected) - Math.Log(target)) / StandardError(u.Expected),
                StandardError(u.Expected)))
            .ToList());

    /// <summary>Exact Poisson limits, or, when the estimate was applied, target · exp(± z √(1/E + τ²)).</summary>
    public static FunnelLimits Limits(double target, double expected, OverdispersionEstimate overdispersion)
    {
        if (!overdispersion.Applied) return PoissonFunnel.Limits(target, expected);
        var spread = Math.Sqrt(Math.Pow(StandardError(expected), 2) + overdispersion.Tau2);
        double At(double z) => target * Math.Exp(z * spread);
        return new FunnelLimits(expected, At(-FunnelLimits.Z95), At(FunnelLimits.Z95), At(-FunnelLimits.Z998), At(FunnelLimits.Z998));
    }

    private static double StandardError(double expected) => 1 / Math.Sqrt(expected);
}
