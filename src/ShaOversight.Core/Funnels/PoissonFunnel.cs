namespace ShaOversight.Core.Funnels;

/// <summary>
/// Exact Poisson limits for a ratio of observed to expected counts, or a rate (Spiegelhalter 2005,
/// appendix A.2, in the chi-squared form FunnelPlotR uses for unadjusted standardised ratios).
/// With E the expected count, the limits around a target ratio are
/// lower = target · G⁻¹(p; E) / E and upper = target · G⁻¹(1 − p; E + 1) / E,
/// where G⁻¹(q; k) is the q-quantile of a gamma distribution of shape k (χ²₂ₖ / 2), and p is 0.025 or 0.001.
/// </summary>
public static class PoissonFunnel
{
    public static FunnelLimits Limits(double target, double expected)
    {
        if (!(expected > 0)) throw new ArgumentOutOfRangeException(nameof(expected), "An expected count must be above zero.");
        double Lower(double p) => target * Gamma.Quantile(p, expected) / expected;
        double Upper(double p) => target * Gamma.Quantile(p, expected + 1) / expected;
        return new FunnelLimits(expected,
            Lower(FunnelLimits.P95Lower), Upper(FunnelLimits.P95Upper),
            Lower(FunnelLimits.P998Lower), Upper(FunnelLimits.P998Upper));
    }
}
