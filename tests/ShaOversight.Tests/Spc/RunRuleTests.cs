using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class RunRuleTests
{
    // Swings either side of about 10, ending below it, so no run carries on from here.
    private static readonly decimal[] BeforeShift = [13, 5, 13, 5, 13, 3];

    // Swings between 0 and 20, ending high, so a rise after it starts afresh.
    private static readonly decimal[] BeforeTrend = [0, 20, 0, 20, 0, 20];

    [Fact]
    public void Seven_points_in_a_row_above_the_mean_are_a_shift()
    {
        // Sum 52 + 80 = 132 over 13: the mean is ≈ 10.15, so every 11 and 12 is above it.
        var result = Analyse([.. BeforeShift, 11, 12, 11, 12, 11, 12, 11]);

        Assert.Equal([.. Enumerable.Repeat(false, 6), .. Enumerable.Repeat(true, 7)], result.Points.Select(point => point.InShift));
        Assert.DoesNotContain(result.Points, point => point.OutsideLimits || point.InTrend || point.InTwoOfThree);
        Assert.Equal(SpecialCauseSide.High, result.Points[^1].SpecialCauseSide);
        Assert.Equal(VariationIcon.ImprovementHigh, result.Variation);
    }

    // Twelve months: fewer than MDC's 13 for limits, so these rule tests lower the minimum.
    private static readonly SpcOptions TwelveMonthsOfLimits = new() { MinimumPointsForLimits = 12 };

    [Fact]
    public void Six_points_in_a_row_above_the_mean_are_not_a_shift()
    {
        // Sum 52 + 69 = 121 over 12: the mean is ≈ 10.08, so the last six are above it.
        var result = Analyse([.. BeforeShift, 11, 12, 11, 12, 11, 12], TwelveMonthsOfLimits);

        Assert.True(result.Points.TakeLast(6).All(point => point.Value > result.Mean));
        Assert.DoesNotContain(result.Points, point => point.InShift);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void Six_points_in_a_row_are_a_shift_when_the_shift_length_is_six()
    {
        var result = Analyse([.. BeforeShift, 11, 12, 11, 12, 11, 12], TwelveMonthsOfLimits with { ShiftLength = 6 });

        Assert.Equal([.. Enumerable.Repeat(false, 6), .. Enumerable.Repeat(true, 6)], result.Points.Select(point => point.InShift));
    }

    [Fact]
    public void A_point_exactly_on_the_mean_breaks_a_shift()
    {
        // Sum 52 + 78 = 130 over 13: the mean is exactly 10, which the middle month equals,
        // leaving runs of three above the mean either side of it.
        var result = Analyse([.. BeforeShift, 11, 12, 11, 10, 11, 12, 11]);

        Assert.Equal(10m, result.Mean);
        Assert.DoesNotContain(result.Points, point => point.InShift);
    }

    [Fact]
    public void Seven_points_each_higher_than_the_one_before_are_a_trend()
    {
        // Sum 60 + 70 = 130 over 13: the mean is 10, which the trend crosses, so it is no shift.
        var result = Analyse([.. BeforeTrend, 7, 8, 9, 10, 11, 12, 13]);

        Assert.Equal([.. Enumerable.Repeat(false, 6), .. Enumerable.Repeat(true, 7)], result.Points.Select(point => point.InTrend));
        Assert.DoesNotContain(result.Points, point => point.OutsideLimits || point.InShift || point.InTwoOfThree);
        Assert.Equal(SpecialCauseSide.High, result.Points[^1].SpecialCauseSide);
        Assert.Equal(VariationIcon.ImprovementHigh, result.Variation);
    }

    [Fact]
    public void Six_rising_points_are_not_a_trend()
    {
        var result = Analyse([.. BeforeTrend, 8, 9, 10, 11, 12, 13], TwelveMonthsOfLimits);

        Assert.True(result.HasLimits);
        Assert.DoesNotContain(result.Points, point => point.InTrend);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void Six_rising_points_are_a_trend_when_the_trend_length_is_six()
    {
        var result = Analyse([.. BeforeTrend, 8, 9, 10, 11, 12, 13], TwelveMonthsOfLimits with { TrendLength = 6 });

        Assert.Equal([.. Enumerable.Repeat(false, 6), .. Enumerable.Repeat(true, 6)], result.Points.Select(point => point.InTrend));
    }

    [Fact]
    public void A_repeated_value_breaks_a_trend()
    {
        // The same climb as the seven-point trend, with 10 twice: two runs of four.
        var result = Analyse([.. BeforeTrend, 7, 8, 9, 10, 10, 11, 12, 13]);

        Assert.DoesNotContain(result.Points, point => point.InTrend);
    }

    [Fact]
    public void A_falling_trend_is_improvement_when_lower_is_better_and_concern_when_higher_is()
    {
        // The rising trend's mirror image (20 − each value): mean 10, seven falling months.
        decimal[] values = [.. BeforeTrend.Select(value => 20 - value), 13, 12, 11, 10, 9, 8, 7];

        var lowerIsBetter = Analyse(values, direction: ImprovementDirection.Down);
        var higherIsBetter = Analyse(values, direction: ImprovementDirection.Up);

        Assert.True(lowerIsBetter.Points.TakeLast(7).All(point => point.InTrend && point.SpecialCauseSide == SpecialCauseSide.Low));
        Assert.Equal(VariationIcon.ImprovementLow, lowerIsBetter.Variation);
        Assert.Equal(VariationIcon.ConcernLow, higherIsBetter.Variation);
    }

    // Sum 98 over 14: the mean is 7, which the earlier 7s sit on. The last seven, 0 to 6, are both
    // a shift below the mean and a rising trend: the rules point different ways.
    private static readonly decimal[] RisingBackBelowTheMean = [14, 7, 14, 7, 14, 7, 14, 0, 1, 2, 3, 4, 5, 6];

    [Theory]
    [InlineData(ImprovementDirection.Up, SpecialCauseSide.High, VariationIcon.ImprovementHigh)]
    [InlineData(ImprovementDirection.Down, SpecialCauseSide.Low, VariationIcon.ImprovementLow)]
    public void When_rules_point_different_ways_improvement_wins_as_in_mdcs_tool(
        ImprovementDirection direction, SpecialCauseSide side, VariationIcon icon)
    {
        var result = Analyse(RisingBackBelowTheMean, direction: direction);

        Assert.Equal(7m, result.Mean);
        Assert.All(result.Points.TakeLast(7), point => Assert.True(point.InShift && point.InTrend));
        Assert.All(result.Points.TakeLast(7), point => Assert.Equal(side, point.SpecialCauseSide));
        Assert.Equal(icon, result.Variation);
    }

    [Fact]
    public void When_rules_point_different_ways_with_no_direction_the_trend_beats_the_shift()
    {
        // NHSRplotthedots' order: outside the limits, then trend, then 2 of 3, then shift.
        var result = Analyse(RisingBackBelowTheMean, direction: ImprovementDirection.Neither);

        Assert.Equal(SpecialCauseSide.High, result.Points[^1].SpecialCauseSide);
        Assert.Equal(VariationIcon.NeutralHigh, result.Variation);
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, SpecialCauseSide.High)]
    [InlineData(ImprovementDirection.Down, SpecialCauseSide.Low)]
    [InlineData(ImprovementDirection.Neither, SpecialCauseSide.Low)]
    public void A_point_outside_a_limit_and_in_a_trend_the_other_way_is_resolved_by_direction(
        ImprovementDirection direction, SpecialCauseSide side)
    {
        // Below the lower limit (low) while a rising trend (high) ends on it: MDC shows the
        // improvement; with no direction, outside the limits comes first.
        var resolved = SpcRules.Resolve(
            outside: SpecialCauseSide.Low, trend: SpecialCauseSide.High,
            twoOfThree: SpecialCauseSide.None, shift: SpecialCauseSide.Low, direction);

        Assert.Equal(side, resolved);
    }

    [Fact]
    public void Every_point_of_a_run_longer_than_the_rule_is_flagged()
    {
        var shift = SpcRules.Shift([1, 2, 2, 2, 2, 2, 2, 2, 2, 1], mean: 1.5m, length: 7);
        var trend = SpcRules.Trend([5, 1, 2, 3, 4, 5, 6, 7, 8, 8], length: 7);

        Assert.Equal([0, 8, 8, 0], [shift.Count(s => s == SpecialCauseSide.Low), shift.Count(s => s == SpecialCauseSide.High),
            trend.Count(s => s == SpecialCauseSide.High), trend.Count(s => s == SpecialCauseSide.Low)]);
        Assert.Equal(SpecialCauseSide.None, trend[0]);
        Assert.Equal(SpecialCauseSide.High, trend[1]); // the run rises from 1, so 1 is part of it
        Assert.Equal(SpecialCauseSide.None, trend[^1]); // 8 again: no rise
    }

    private static XmrResult Analyse(decimal[] values, SpcOptions? options = null, ImprovementDirection direction = ImprovementDirection.Up) =>
        XmrAnalysis.Analyse(Series.Monthly(values), direction, target: null, options);
}
