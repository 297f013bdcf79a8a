using ShaOversight.Core.Funnels;

namespace ShaOversight.Tests.Funnels;

/// <summary>FunnelPlotR's default adjustment for ratios (log-scale z-scores, 10% winsorising, φ and additive τ²), worked by hand.</summary>
public sealed class RatioFunnelTests
{
    // Ten units, 400 observed against 405 expected: target θ = 0.9876543, ln θ = −0.0124225.
    internal static readonly RatioUnit[] Scattered =
    [
        new("A", 30, 20), new("B", 10, 20), new("C", 50, 40), new("D", 20, 40), new("E", 90, 60),
        new("F", 40, 60), new("G", 25, 25), new("H", 5, 10), new("I", 70, 50), new("J", 60, 80),
    ];

    [Fact]
    public void Scattered_ratios_are_overdispersed_and_the_limits_widen_on_the_log_scale()
    {
        // z = (ln(O/E) − ln θ) · √E: A 1.868850, B −3.044293, C 1.489851, D −4.305281, E 3.236944,
        //   F −3.044495, G 0.062113, H −2.152640, I 2.467058, J −2.461996.
        // Type-7 10% and 90% quantiles: −4.305281 + 0.9 · (−3.044495 + 4.305281) = −3.170573 and
        //   2.467058 + 0.1 · (3.236944 − 2.467058) = 2.544047; D and E are pulled in to them.
        // φ = Σ winsorised z² / 10 = 5.755916. Weights 1/s² = E: Σw = 405, Σw² = 20825,
        //   τ² = (57.55916 − 9) / (405 − 20825 / 405) = 0.1373356.
        var target = RatioFunnel.PooledTarget(Scattered);
        var estimate = RatioFunnel.EstimateOverdispersion(Scattered, target);

        Assert.Equal(400.0 / 405, target, 9);
        Assert.Equal(5.755916, estimate.Phi, 5);
        Assert.Equal(0.1373356, estimate.Tau2, 6);
        Assert.True(estimate.Applied);

        // At E = 50: θ · exp(± 1.959964 · √(1/50 + 0.1373356)) = 0.453911 and 2.149012; at 3.090232, 0.289911 and 3.364688.
        var limits = RatioFunnel.Limits(target, 50, estimate);
        Assert.Equal(0.453911, limits.Lower95, 5);
        Assert.Equal(2.149012, limits.Upper95, 5);
        Assert.Equal(0.289911, limits.Lower998, 5);
        Assert.Equal(3.364688, limits.Upper998, 5);
    }

    [Fact]
    public void Ratios_that_vary_only_by_chance_keep_the_exact_poisson_limits()
    {
        RatioUnit[] steady = [new("A", 20, 20), new("B", 41, 40), new("C", 59, 60), new("D", 80, 80)];
        var target = RatioFunnel.PooledTarget(steady);

        var estimate = RatioFunnel.EstimateOverdispersion(steady, target);

        Assert.False(estimate.Applied);
        Assert.Equal(PoissonFunnel.Limits(target, 40), RatioFunnel.Limits(target, 40, estimate));
    }

    [Fact]
    public void A_unit_with_nothing_observed_still_has_a_z_score()
    {
        RatioUnit[] withNought = [new("A", 0, 20), new("B", 20, 20), new("C", 25, 20), new("D", 22, 20)];

        var estimate = RatioFunnel.EstimateOverdispersion(withNought, RatioFunnel.PooledTarget(withNought));

        Assert.True(double.IsFinite(estimate.Phi));
        Assert.True(estimate.Applied);
    }
}
