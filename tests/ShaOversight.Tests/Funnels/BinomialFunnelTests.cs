using ShaOversight.Core.Funnels;

namespace ShaOversight.Tests.Funnels;

/// <summary>
/// Spiegelhalter's exact binomial limits, worked by hand from the binomial distribution.
/// For p, r is the smallest count with F(r) ≥ p; α = (F(r) − p) / (F(r) − F(r − 1)); limit = (r − α) / n.
/// </summary>
public sealed class BinomialFunnelTests
{
    [Fact]
    public void Limits_for_twenty_units_around_a_half_interpolate_the_binomial_steps()
    {
        // Binomial(20, 0.5): F(5) = 0.0206947, F(6) = 0.0576591 → r = 6, α = (0.0576591 − 0.025) / 0.0369644 = 0.883529,
        //   lower 95% = (6 − 0.883529) / 20 = 0.255824.
        // F(13) = 0.9423409, F(14) = 0.9793053 → r = 14, α = (0.9793053 − 0.975) / 0.0369644 = 0.116471, upper 95% = 0.694176.
        // F(2) = 0.0002012, F(3) = 0.0012884 → r = 3, α = (0.0012884 − 0.001) / 0.0010872 = 0.265284, lower 99.8% = 0.136736.
        // F(16) = 0.9987116, F(17) = 0.9997988 → r = 17, α = (0.9997988 − 0.999) / 0.0010872 = 0.734716, upper 99.8% = 0.813264.
        var limits = BinomialFunnel.Limits(0.5, 20);

        Assert.Equal(0.255824, limits.Lower95, 6);
        Assert.Equal(0.694176, limits.Upper95, 6);
        Assert.Equal(0.136736, limits.Lower998, 6);
        Assert.Equal(0.813264, limits.Upper998, 6);
    }

    [Fact]
    public void Limits_for_a_region_of_thirty_pcts_around_forty_percent()
    {
        // Binomial(30, 0.4): F(6) = 0.0171830, F(7) = 0.0435241 → α = 0.703240, lower 95% = (7 − 0.703240) / 30 = 0.209892.
        // F(16) = 0.9518883, F(17) = 0.9787601 → α = 0.139928, upper 95% = (17 − 0.139928) / 30 = 0.562002.
        // F(3) = 0.0003133, F(4) = 0.0015101 → α = 0.426217, lower 99.8% = 0.119126.
        // F(19) = 0.9971461, F(20) = 0.9991436 → α = 0.071894, upper 99.8% = 0.664270.
        var limits = BinomialFunnel.Limits(0.4, 30);

        Assert.Equal(0.209892, limits.Lower95, 6);
        Assert.Equal(0.562002, limits.Upper95, 6);
        Assert.Equal(0.119126, limits.Lower998, 6);
        Assert.Equal(0.664270, limits.Upper998, 6);
    }

    [Fact]
    public void A_lower_limit_below_the_first_step_is_held_at_zero()
    {
        // Binomial(8, 0.4): F(0) = 0.0167962 ≥ 0.001, so r = 0 and α = (0.0167962 − 0.001) / 0.0167962 = 0.940463;
        // (0 − 0.940463) / 8 is below zero, and no proportion is: the limit is 0.
        // Lower 95%: F(0) = 0.0167962, F(1) = 0.1063757 → α = 0.908418, (1 − 0.908418) / 8 = 0.011448.
        var limits = BinomialFunnel.Limits(0.4, 8);

        Assert.Equal(0, limits.Lower998);
        Assert.Equal(0.011448, limits.Lower95, 6);
    }

    [Fact]
    public void Limits_narrow_as_the_denominator_grows()
    {
        var small = BinomialFunnel.Limits(0.3, 10);
        var large = BinomialFunnel.Limits(0.3, 1000);

        Assert.True(large.Upper998 - large.Lower998 < small.Upper998 - small.Lower998);
        Assert.InRange(large.Lower95, 0.27, 0.3);
        Assert.InRange(large.Upper95, 0.3, 0.33);
    }

    [Fact]
    public void A_target_of_nought_or_one_gives_limits_on_that_boundary()
    {
        Assert.Equal(0, BinomialFunnel.Limits(0, 12).Upper998);
        Assert.Equal(1, BinomialFunnel.Limits(1, 12).Lower998);
    }

    [Theory]
    [InlineData(0.90, FunnelPosition.Above998)]
    [InlineData(0.75, FunnelPosition.Above95)]
    [InlineData(0.50, FunnelPosition.Within)]
    [InlineData(0.20, FunnelPosition.Below95)]
    [InlineData(0.10, FunnelPosition.Below998)]
    public void A_value_is_placed_by_the_outermost_limit_it_crosses_and_one_on_a_limit_is_within(double value, FunnelPosition expected)
    {
        var limits = BinomialFunnel.Limits(0.5, 20);

        Assert.Equal(expected, limits.Place(value));
        Assert.Equal(FunnelPosition.Within, limits.Place(limits.Upper95));
    }
}
