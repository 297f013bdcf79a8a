using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class LimitRuleTests
{
    // 12, then 11, 12, 13, 12, 11, 12, 13, 12, 11 (sum 119, moving ranges all 1), then three more months.
    private static readonly decimal[] Steady = [12, 11, 12, 13, 12, 11, 12, 13, 12, 11];

    [Fact]
    public void A_point_above_the_upper_limit_is_special_cause_high_and_nothing_else_is()
    {
        // Arithmetic in Series.LatestAboveUpperLimit: limit 18.315, latest 21.
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestAboveUpperLimit), ImprovementDirection.Up, null);

        var latest = result.Points[^1];
        Assert.Equal(18.315m, result.UpperProcessLimit);
        Assert.True(latest.OutsideLimits);
        Assert.Equal(SpecialCauseSide.High, latest.SpecialCauseSide);
        Assert.DoesNotContain(result.Points.SkipLast(1), point => point.IsSpecialCause);
    }

    [Fact]
    public void A_point_below_the_lower_limit_is_special_cause_low()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestBelowLowerLimit), ImprovementDirection.Up, null);

        Assert.Equal(3.685m, result.LowerProcessLimit);
        Assert.True(result.Points[^1].OutsideLimits);
        Assert.Equal(SpecialCauseSide.Low, result.Points[^1].SpecialCauseSide);
    }

    [Fact]
    public void Only_the_latest_point_decides_the_variation_icon()
    {
        // Series.LatestAboveUpperLimit then 11: sum 154 over 14, so the mean is still 11; moving
        // ranges 33 + 10 = 43 over 13 ≈ 3.31; upper limit ≈ 11 + 8.80 = 19.80. The 21 is still
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
    public void Two_of_three_points_beyond_two_thirds_with_all_three_above_the_mean_are_special_cause()
    {
        // Steady then 16, 13, 16: sum 164 over 13, so the mean is ≈ 12.62.
        // Moving ranges: nine of 1, then 5, 3, 3: 20 over 12 ≈ 1.67.
        // Two-thirds line ≈ 12.62 + 2/3 × 2.66 × 1.67 ≈ 15.57; upper limit ≈ 12.62 + 4.43 = 17.05.
        // Both 16s are beyond the line but inside the limit; the 13 between them is above the mean.
        var result = XmrAnalysis.Analyse(Series.Monthly([.. Steady, 16, 13, 16]), ImprovementDirection.Up, null);

        Assert.Equal([true, false, true], result.Points.TakeLast(3).Select(point => point.InTwoOfThree));
        Assert.True(result.Points[^2].Value > result.Mean);
        Assert.DoesNotContain(result.Points, point => point.OutsideLimits);
        Assert.DoesNotContain(result.Points.SkipLast(3), point => point.IsSpecialCause);
        Assert.Equal(SpecialCauseSide.None, result.Points[^2].SpecialCauseSide); // the third point is not flagged
        Assert.Equal(VariationIcon.ImprovementHigh, result.Variation);
    }

    [Fact]
    public void Two_of_three_is_not_special_cause_when_the_third_point_is_across_the_mean()
    {
        // Steady then 17, 11, 17: sum 164 over 13, so the mean is ≈ 12.62.
        // Moving ranges: nine of 1, then 6, 6, 6: 27 over 12 = 2.25.
        // Two-thirds line ≈ 12.62 + 2/3 × 2.66 × 2.25 = 16.61; upper limit ≈ 12.62 + 5.99 = 18.60.
        // Both 17s are beyond the line, but the 11 between them is below the mean.
        var result = XmrAnalysis.Analyse(Series.Monthly([.. Steady, 17, 11, 17]), ImprovementDirection.Up, null);

        Assert.True(result.Points[^1].Value > result.UpperTwoThirds && result.Points[^3].Value > result.UpperTwoThirds);
        Assert.True(result.Points[^2].Value < result.Mean);
        Assert.DoesNotContain(result.Points, point => point.InTwoOfThree || point.IsSpecialCause);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void Two_of_three_points_beyond_two_thirds_on_opposite_sides_are_not_special_cause()
    {
        // Steady then 16, 13, 8: sum 156 over 13, so the mean is 12.
        // Moving ranges: nine of 1, then 5, 3, 5: 22 over 12 ≈ 1.83; two-thirds lines ≈ 12 ± 3.25.
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
        // 12, 11 seven times, then 15, 13, 16: sum 205 over 17, so the mean is ≈ 12.06.
        // Moving ranges: thirteen of 1, then 4, 2, 3: 22 over 16 = 1.375.
        // Two-thirds line ≈ 12.06 + 2/3 × 2.66 × 1.375 ≈ 14.50; upper limit ≈ 12.06 + 3.66 = 15.72.
        // 15 is beyond the line only; 16 is beyond the limit as well. Under MDC's 2023 rule they
        // make two of three; NHSRplotthedots counts only points between the line and the limit.
        decimal[] values = [12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 15, 13, 16];

        var result = XmrAnalysis.Analyse(Series.Monthly(values), ImprovementDirection.Up, null);

        Assert.InRange(result.Points[^3].Value, result.UpperTwoThirds!.Value, result.UpperProcessLimit!.Value);
        Assert.Equal([true, false, true], result.Points.TakeLast(3).Select(point => point.InTwoOfThree));
        Assert.True(result.Points[^1].OutsideLimits);
        Assert.False(result.Points[^3].OutsideLimits);
        Assert.Equal(SpecialCauseSide.High, result.Points[^3].SpecialCauseSide);
    }

    [Fact]
    public void A_point_exactly_on_the_two_thirds_line_is_not_beyond_it()
    {
        var sides = SpcRules.TwoOfThree([15m, 12m, 15m, 12m, 15.01m, 15.01m], mean: 10m, upperTwoThirds: 15m, lowerTwoThirds: 5m);

        Assert.Equal([SpecialCauseSide.None, SpecialCauseSide.None, SpecialCauseSide.None, SpecialCauseSide.None,
            SpecialCauseSide.High, SpecialCauseSide.High], sides);
    }

    [Fact]
    public void A_point_exactly_on_the_mean_is_on_neither_side_for_two_of_three()
    {
        var sides = SpcRules.TwoOfThree([16m, 10m, 16m], mean: 10m, upperTwoThirds: 15m, lowerTwoThirds: 5m);

        Assert.All(sides, side => Assert.Equal(SpecialCauseSide.None, side));
    }
}
