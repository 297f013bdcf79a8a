using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class LimitRuleTests
{
    // 11, 12, 13, 12, 11, 12, 13, 12, 11 (sum 107, moving ranges all 1), then three more months.
    private static readonly decimal[] Steady = [11, 12, 13, 12, 11, 12, 13, 12, 11];

    [Fact]
    public void A_point_above_the_upper_limit_is_special_cause_high_and_nothing_else_is()
    {
        // Arithmetic in Series.LatestAboveUpperLimit: limit 18.98, latest 21.
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestAboveUpperLimit), ImprovementDirection.Up, null);

        var latest = result.Points[^1];
        Assert.True(latest.OutsideLimits);
        Assert.Equal(SpecialCauseSide.High, latest.SpecialCauseSide);
        Assert.DoesNotContain(result.Points.SkipLast(1), point => point.IsSpecialCause);
    }

    [Fact]
    public void A_point_below_the_lower_limit_is_special_cause_low()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestBelowLowerLimit), ImprovementDirection.Up, null);

        Assert.Equal(3.02m, result.LowerProcessLimit);
        Assert.True(result.Points[^1].OutsideLimits);
        Assert.Equal(SpecialCauseSide.Low, result.Points[^1].SpecialCauseSide);
    }

    [Fact]
    public void Only_the_latest_point_decides_the_variation_icon()
    {
        // Series.LatestAboveUpperLimit then 11: sum 143 over 13, so the mean is still 11; moving
        // ranges 33 + 10 = 43 over 12 ≈ 3.58; upper limit ≈ 11 + 9.53 = 20.53. The 21 is still
        // outside, but the latest month, 11, sits on the mean.
        var values = Series.LatestAboveUpperLimit.Append(11m).ToArray();

        var result = XmrAnalysis.Analyse(Series.Monthly(values), ImprovementDirection.Up, null);

        Assert.True(result.Points[^2].OutsideLimits);
        Assert.False(result.Points[^1].IsSpecialCause);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void A_point_exactly_on_a_limit_is_not_outside_it()
    {
        var sides = SpcRules.OutsideLimits([20m, 5m, 20.01m, 4.99m], upper: 20m, lower: 5m);

        Assert.Equal([SpecialCauseSide.None, SpecialCauseSide.None, SpecialCauseSide.High, SpecialCauseSide.Low], sides);
    }

    [Fact]
    public void Two_of_three_points_beyond_two_thirds_on_the_same_side_are_special_cause()
    {
        // Steady then 16, 13, 16: sum 152 over 12, so the mean is 38/3 ≈ 12.67.
        // Moving ranges: eight of 1, then 5, 3, 3: 19 over 11 ≈ 1.73.
        // Two-thirds line ≈ 12.67 + 2/3 × 2.66 × 1.73 ≈ 15.73; upper limit ≈ 12.67 + 4.59 = 17.26.
        // Both 16s are beyond the line but inside the limit; the 13 between them is not.
        var result = XmrAnalysis.Analyse(Series.Monthly([.. Steady, 16, 13, 16]), ImprovementDirection.Up, null);

        Assert.Equal([true, false, true], result.Points.TakeLast(3).Select(point => point.InTwoOfThree));
        Assert.DoesNotContain(result.Points, point => point.OutsideLimits);
        Assert.DoesNotContain(result.Points.SkipLast(3), point => point.IsSpecialCause);
        Assert.Equal(SpecialCauseSide.High, result.Points[^1].SpecialCauseSide);
        Assert.Equal(VariationIcon.ImprovementHigh, result.Variation);
    }

    [Fact]
    public void Two_of_three_points_beyond_two_thirds_on_opposite_sides_are_not_special_cause()
    {
        // Steady then 16, 13, 8: sum 144 over 12, so the mean is 12.
        // Moving ranges: eight of 1, then 5, 3, 5: 21 over 11 ≈ 1.91; two-thirds lines ≈ 12 ± 3.39.
        // 16 is beyond the upper line and 8 beyond the lower: one on each side.
        var result = XmrAnalysis.Analyse(Series.Monthly([.. Steady, 16, 13, 8]), ImprovementDirection.Up, null);

        Assert.True(result.Points[^3].Value > result.UpperTwoThirds);
        Assert.True(result.Points[^1].Value < result.LowerTwoThirds);
        Assert.DoesNotContain(result.Points, point => point.InTwoOfThree || point.IsSpecialCause);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void A_point_outside_the_limits_also_counts_towards_two_of_three()
    {
        // 12, 11 seven times, then 15, 12, 16: sum 204 over 17, so the mean is 12.
        // Moving ranges: thirteen of 1, then 4, 3, 4: 24 over 16 = 1.5.
        // Two-thirds line 12 + 2/3 × 2.66 × 1.5 = 14.66; upper limit 12 + 3.99 = 15.99.
        // 15 is beyond the line; 16 is beyond the limit as well.
        decimal[] values = [12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 15, 12, 16];

        var result = XmrAnalysis.Analyse(Series.Monthly(values), ImprovementDirection.Up, null);

        Assert.Equal((14.66m, 15.99m), (result.UpperTwoThirds!.Value, result.UpperProcessLimit!.Value));
        Assert.Equal([true, false, true], result.Points.TakeLast(3).Select(point => point.InTwoOfThree));
        Assert.True(result.Points[^1].OutsideLimits);
        Assert.False(result.Points[^3].OutsideLimits);
    }

    [Fact]
    public void A_point_exactly_on_the_two_thirds_line_is_not_beyond_it()
    {
        var sides = SpcRules.TwoOfThree([15m, 10m, 15m, 10m, 15.01m, 15.01m], upperTwoThirds: 15m, lowerTwoThirds: 5m);

        Assert.Equal([SpecialCauseSide.None, SpecialCauseSide.None, SpecialCauseSide.None, SpecialCauseSide.None,
            SpecialCauseSide.High, SpecialCauseSide.High], sides);
    }
}
