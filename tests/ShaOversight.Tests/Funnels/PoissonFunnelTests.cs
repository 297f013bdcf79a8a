using ShaOversight.Core.Funnels;

namespace ShaOversight.Tests.Funnels;

/// <summary>Exact Poisson limits against FunnelPlotR's published test (tests/testthat/test-poisson_limits.R).</summary>
public sealed class PoissonFunnelTests
{
    [Theory]
    // FunnelPlotR expects, for expected counts 15, 20 and 30 around a ratio of 1:
    // ll95 = 0.5596924, 0.6108260, 0.6746958; ul95 = 1.649348, 1.544419, 1.427562;
    // ll99.8 = 0.3862650, 0.4479107, 0.5289724; ul99.8 = 2.082907, 1.902094, 1.702771.
    // For E = 15: the 2.5% quantile of gamma(15) is 8.395386, and 8.395386 / 15 = 0.5596924;
    // the 97.5% quantile of gamma(16) is 24.74022, and 24.74022 / 15 = 1.649348.
    [InlineData(15, 0.5596924, 1.649348, 0.3862650, 2.082907)]
    [InlineData(20, 0.6108260, 1.544419, 0.4479107, 1.902094)]
    [InlineData(30, 0.6746958, 1.427562, 0.5289724, 1.702771)]
    public void Limits_match_FunnelPlotR_published_values(double expected, double lower95, double upper95, double lower998, double upper998)
    {
        var limits = PoissonFunnel.Limits(1, expected);

        Assert.Equal(lower95, limits.Lower95, 6);
        Assert.Equal(upper95, limits.Upper95, 5);
        Assert.Equal(lower998, limits.Lower998, 6);
        Assert.Equal(upper998, limits.Upper998, 5);
    }

    [Fact]
    public void Limits_around_a_target_rate_scale_with_it()
    {
        var atOne = PoissonFunnel.Limits(1, 20);
        var atTwo = PoissonFunnel.Limits(2, 20);

        Assert.Equal(2 * atOne.Upper95, atTwo.Upper95, 9);
        Assert.Equal(2 * atOne.Lower998, atTwo.Lower998, 9);
    }

    [Fact]
    public void A_non_whole_expected_count_still_has_limits()
    {
        var limits = PoissonFunnel.Limits(1, 12.5);

        Assert.InRange(limits.Lower95, 0.5, 0.6);
        Assert.InRange(limits.Upper95, 1.6, 1.8);
    }
}
