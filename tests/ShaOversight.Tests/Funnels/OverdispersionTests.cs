using ShaOversight.Core.Funnels;

namespace ShaOversight.Tests.Funnels;

/// <summary>FunnelPlotR's proportion adjustment (arcsine z-scores, 10% winsorising, φ and additive τ²), worked by hand.</summary>
public sealed class OverdispersionTests
{
    // Ten units, 112 of 220 in all: target θ = 0.5090909, asin √θ = 0.794490.
    private static readonly ProportionUnit[] Scattered =
    [
        new("A", 2, 10), new("B", 5, 10), new("C", 9, 10), new("D", 10, 20), new("E", 3, 20),
        new("F", 18, 20), new("G", 15, 30), new("H", 5, 30), new("I", 25, 30), new("J", 20, 40),
    ];

    [Fact]
    public void Scattered_proportions_are_overdispersed_and_the_limits_widen()
    {
        // z = (asin √(y/n) − 0.794490) · 2√n: A −2.092428, B −0.057499, C 2.874866, D −0.081316, E −3.548999,
        //   F 4.065674, G −0.099591, H −4.096474, I 3.897292, J −0.114998.
        // Sorted, R's type-7 10% and 90% quantiles: −4.096474 + 0.9 · (−3.548999 + 4.096474) = −3.603747,
        //   and 3.897292 + 0.1 · (4.065674 − 3.897292) = 3.914130. H and F are pulled in to them.
        // φ = Σ winsorised z² / 10 = 6.876785. Weights 1/s² = 4n: Σw = 880, Σw² = 92800,
        //   τ² = (10 · 6.876785 − 9) / (880 − 92800 / 880) = 59.767849 / 774.545455 = 0.0771651.
        var target = ProportionFunnel.PooledTarget(Scattered);
        var estimate = ProportionFunnel.EstimateOverdispersion(Scattered, target);

        Assert.Equal(112.0 / 220, target, 9);
        Assert.Equal(6.876785, estimate.Phi, 5);
        Assert.Equal(0.0771651, estimate.Tau2, 6);
        Assert.True(estimate.Applied);
        Assert.Contains("widened for overdispersion", estimate.Describe());

        // At n = 40: sin²(0.794490 ± 1.959964 · √(1/160 + 0.0771651)) = 0.051274 and 0.956448.
        var limits = ProportionFunnel.Limits(target, 40, estimate);
        Assert.Equal(0.051274, limits.Lower95, 5);
        Assert.Equal(0.956448, limits.Upper95, 5);
        Assert.True(limits.Upper95 > BinomialFunnel.Limits(target, 40).Upper95);
    }

    [Fact]
    public void Proportions_that_vary_less_than_chance_keep_the_exact_limits()
    {
        ProportionUnit[] steady = [new("A", 5, 10), new("B", 10, 20), new("C", 15, 30), new("D", 20, 40)];
        var target = ProportionFunnel.PooledTarget(steady);

        var estimate = ProportionFunnel.EstimateOverdispersion(steady, target);

        Assert.False(estimate.Applied);
        Assert.Equal(0, estimate.Tau2);
        Assert.Equal(BinomialFunnel.Limits(0.5, 20), ProportionFunnel.Limits(0.5, 20, estimate));
        Assert.Contains("No overdispersion", estimate.Describe());
    }

    [Fact]
    public void Two_units_are_too_few_to_estimate_overdispersion()
    {
        var estimate = Overdispersion.Estimate([(5.0, 0.1), (-5.0, 0.1)]);

        Assert.False(estimate.Applied);
        Assert.Contains("Too few units", estimate.Describe());
    }

    [Fact]
    public void Quantiles_interpolate_between_order_statistics_as_R_does()
    {
        // R: quantile(1:10, 0.1) = 1.9; quantile(1:10, 0.9) = 9.1.
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(1.9, Overdispersion.Quantile(sorted, 0.1), 9);
        Assert.Equal(9.1, Overdispersion.Quantile(sorted, 0.9), 9);
    }
}
