using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class XmrAnalysisTests
{
    [Fact]
    public void A_stable_series_has_the_hand_computed_mean_and_limits()
    {
        // Arithmetic in Series.Stable.
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, target: null);

        Assert.True(result.HasLimits);
        Assert.Equal(20m, result.Mean);
        Assert.Equal(3m, result.MeanMovingRange);
        Assert.Equal(27.98m, result.UpperProcessLimit);
        Assert.Equal(12.02m, result.LowerProcessLimit);
        Assert.Equal(25.32m, result.UpperTwoThirds);
        Assert.Equal(14.68m, result.LowerTwoThirds);
    }

    [Fact]
    public void A_stable_series_is_common_cause_with_no_point_flagged()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, target: null);

        Assert.Equal(VariationIcon.CommonCause, result.Variation);
        Assert.All(result.Points, point =>
        {
            Assert.False(point.OutsideLimits || point.InShift || point.InTrend || point.InTwoOfThree);
            Assert.Equal(SpecialCauseSide.None, point.SpecialCauseSide);
        });
    }

    [Fact]
    public void Moving_ranges_are_absolute_differences_and_the_first_month_has_none()
    {
        var points = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null).Points;

        Assert.Null(points[0].MovingRange);
        Assert.Equal(5m, points[1].MovingRange);   // 18 → 23
        Assert.Equal(6m, points[2].MovingRange);   // 23 → 17: a fall still gives a positive range
        Assert.Equal(0m, points[3].MovingRange);   // 17 → 17
    }

    [Fact]
    public void Points_given_out_of_order_are_analysed_in_period_order()
    {
        var inOrder = Series.Monthly(Series.Stable);
        var shuffled = inOrder.Where((_, index) => index % 2 == 1).Concat(inOrder.Where((_, index) => index % 2 == 0)).ToArray();

        var result = XmrAnalysis.Analyse(shuffled, ImprovementDirection.Up, null);

        Assert.Equal(inOrder.Select(point => point.Period), result.Points.Select(point => point.Period));
        Assert.Equal(Series.Stable, result.Points.Select(point => point.Value));
        Assert.Equal(3m, result.MeanMovingRange); // taken in the given order, the ranges would average more
    }

    [Theory]
    [InlineData(2, false, false)]
    [InlineData(12, false, false)]
    [InlineData(13, true, false)]
    public void Limits_need_thirteen_points_as_in_mdcs_single_chart_tool(int count, bool hasLimits, bool trial)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable[..count]), ImprovementDirection.Up, null);

        Assert.Equal(hasLimits, result.HasLimits);
        Assert.Equal(trial, result.AreTrialLimits);
        Assert.Equal(hasLimits ? null : $"Too few months for process limits: there are {count}, and 13 are needed.", result.LimitsNote);
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(11, true)]
    [InlineData(12, false)]
    [InlineData(13, false)]
    public void With_the_minimum_lowered_fewer_than_twelve_points_give_trial_limits(int count, bool trial)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable[..count]), ImprovementDirection.Up, null, Series.AsNhsrPlotTheDots);

        Assert.True(result.HasLimits);
        Assert.Equal(trial, result.AreTrialLimits);
        Assert.Equal(trial ? $"These are trial limits: they come from {count} months, and 12 are needed for firm limits." : null, result.LimitsNote);
    }

    [Fact]
    public void The_number_of_points_for_firm_limits_can_be_raised()
    {
        var options = new SpcOptions { MinimumPointsForFirmLimits = 14 };

        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null, options);

        Assert.True(result.AreTrialLimits);
    }

    [Fact]
    public void Two_points_are_enough_for_trial_limits_when_asked()
    {
        // Mean (10 + 14) / 2 = 12; one moving range of 4; limits 12 ± 2.66 × 4 = 12 ± 10.64.
        var result = XmrAnalysis.Analyse(Series.Monthly(10, 14), ImprovementDirection.Up, null, Series.AsNhsrPlotTheDots);

        Assert.Equal(12m, result.Mean);
        Assert.Equal(4m, result.MeanMovingRange);
        Assert.Equal(22.64m, result.UpperProcessLimit);
        Assert.Equal(1.36m, result.LowerProcessLimit);
        Assert.True(result.AreTrialLimits);
    }

    [Fact]
    public void No_points_give_no_limits_and_no_icons_rather_than_an_error()
    {
        var result = XmrAnalysis.Analyse([], ImprovementDirection.Up, target: 10m);

        Assert.False(result.HasLimits);
        Assert.Null(result.Mean);
        Assert.Null(result.UpperProcessLimit);
        Assert.Empty(result.Points);
        Assert.Empty(result.Segments);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Equal(AssuranceIcon.None, result.Assurance);
        Assert.Equal("No data yet: process limits need at least 13 months.", result.Summary);
    }

    [Fact]
    public void One_point_gives_no_limits_but_keeps_the_point()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(42m), ImprovementDirection.Down, target: 40m);

        Assert.False(result.HasLimits);
        Assert.Null(result.MeanMovingRange);
        Assert.Null(result.LowerTwoThirds);
        var point = Assert.Single(result.Points);
        Assert.Equal((Series.FirstMonth, 42m), (point.Period, point.Value));
        Assert.Null(point.MovingRange);
        Assert.False(point.IsSpecialCause);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Equal(AssuranceIcon.None, result.Assurance);
        Assert.Equal("Too few months for process limits: there is 1, and 13 are needed.", result.Summary);
    }

    [Fact]
    public void Null_input_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => XmrAnalysis.Analyse(null!, ImprovementDirection.Up, null));
    }

    [Fact]
    public void An_undefined_improvement_direction_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => XmrAnalysis.Analyse(Series.Monthly(Series.Stable), (ImprovementDirection)42, null));
    }
}
