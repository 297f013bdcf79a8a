using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class XmrSummaryTests
{
    [Fact]
    public void Common_cause_says_so_and_nothing_more_without_a_target()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null);

        Assert.Equal("Common cause variation: nothing unusual in the latest month.", result.Summary);
    }

    [Fact]
    public void A_point_outside_the_limits_is_named_with_the_icon()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestAboveUpperLimit), ImprovementDirection.Up, null);

        Assert.Equal("Special cause improvement: the latest month is above the upper process limit.", result.Summary);
    }

    [Fact]
    public void Concern_and_neutral_are_worded_for_their_direction()
    {
        var values = Series.Monthly(Series.LatestBelowLowerLimit);

        Assert.StartsWith("Special cause concern: the latest month is below the lower process limit.",
            XmrAnalysis.Analyse(values, ImprovementDirection.Up, null).Summary);
        Assert.StartsWith("Special cause variation (no improvement direction is set): the latest month is below",
            XmrAnalysis.Analyse(values, ImprovementDirection.Neither, null).Summary);
    }

    [Fact]
    public void Every_rule_the_latest_point_breaks_is_listed()
    {
        // From LimitRuleTests: the latest month, 16, is outside the limit and one of 2 of 3.
        decimal[] values = [12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 15, 12, 16];

        var result = XmrAnalysis.Analyse(Series.Monthly(values), ImprovementDirection.Down, null);

        Assert.Equal("Special cause concern: the latest month is above the upper process limit and is one of two "
            + "out of three months more than two-thirds of the way to the upper process limit.", result.Summary);
    }

    [Fact]
    public void Runs_are_described_with_their_length()
    {
        var shift = XmrAnalysis.Analyse(Series.Monthly(13, 5, 13, 5, 13, 3, 11, 12, 11, 12, 11, 12, 11), ImprovementDirection.Down, null);
        var trend = XmrAnalysis.Analyse(Series.Monthly(20, 0, 20, 0, 20, 0, 13, 12, 11, 10, 9, 8, 7), ImprovementDirection.Down, null);

        Assert.Equal("Special cause concern: the latest month is the latest of 7 months in a row above the mean.", shift.Summary);
        Assert.Equal("Special cause improvement: the latest month ends a falling run of 7 months.", trend.Summary);
    }

    [Fact]
    public void A_trend_that_lost_to_the_shift_is_not_mentioned()
    {
        // From RunRuleTests: a shift below the mean that is also a rising trend.
        var result = XmrAnalysis.Analyse(Series.Monthly(14, 7, 14, 7, 14, 7, 14, 0, 1, 2, 3, 4, 5, 6), ImprovementDirection.Up, null);

        Assert.Equal("Special cause concern: the latest month is the latest of 7 months in a row below the mean.", result.Summary);
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, "12", "The target is at or below the lower process limit, so it will be met consistently unless something changes.")]
    [InlineData(ImprovementDirection.Down, "28", "The target is at or above the upper process limit, so it will be met consistently unless something changes.")]
    [InlineData(ImprovementDirection.Up, "28", "The target is above the upper process limit, so it will not be met unless something changes.")]
    [InlineData(ImprovementDirection.Down, "12", "The target is below the lower process limit, so it will not be met unless something changes.")]
    [InlineData(ImprovementDirection.Up, "20", "The target lies within the process limits, so it will be met only some of the time.")]
    [InlineData(ImprovementDirection.Neither, "30", "The target lies outside the process limits, but with no improvement direction set it cannot be judged a consistent pass or fail.")]
    public void The_assurance_sentence_follows_the_variation_sentence(ImprovementDirection direction, string target, string sentence)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), direction, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal($"Common cause variation: nothing unusual in the latest month. {sentence}", result.Summary);
    }

    [Fact]
    public void Trial_limits_are_called_out_with_the_count()
    {
        var trial = XmrAnalysis.Analyse(Series.Monthly(Series.Stable[..11]), ImprovementDirection.Up, null);
        var firm = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null);

        Assert.EndsWith("These are trial limits: there are 11 months of data, and 12 are needed for firm limits.", trial.Summary);
        Assert.DoesNotContain("trial", firm.Summary);
    }
}
