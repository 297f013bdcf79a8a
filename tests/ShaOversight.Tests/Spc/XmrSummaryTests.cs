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
        decimal[] values = [12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 15, 13, 16];

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
    public void A_rule_that_lost_to_the_improvement_side_is_not_mentioned()
    {
        // From RunRuleTests: a shift below the mean that is also a rising trend.
        var values = Series.Monthly(14, 7, 14, 7, 14, 7, 14, 0, 1, 2, 3, 4, 5, 6);

        Assert.Equal("Special cause improvement: the latest month ends a rising run of 7 months.",
            XmrAnalysis.Analyse(values, ImprovementDirection.Up, null).Summary);
        Assert.Equal("Special cause improvement: the latest month is the latest of 7 months in a row below the mean.",
            XmrAnalysis.Analyse(values, ImprovementDirection.Down, null).Summary);
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, "12", "The target is below the lower process limit, so it will be met consistently unless something changes.")]
    [InlineData(ImprovementDirection.Down, "28", "The target is above the upper process limit, so it will be met consistently unless something changes.")]
    [InlineData(ImprovementDirection.Up, "28", "The target is above the upper process limit, so it will not be met unless something changes.")]
    [InlineData(ImprovementDirection.Down, "12", "The target is below the lower process limit, so it will not be met unless something changes.")]
    [InlineData(ImprovementDirection.Up, "20", "The target lies within the process limits, so it will be met only some of the time.")]
    [InlineData(ImprovementDirection.Up, "12.02", "The target is exactly on a process limit, so it will be met only some of the time.")]
    [InlineData(ImprovementDirection.Neither, "30", "No assurance is given against the target, because the measure has no improvement direction.")]
    public void The_assurance_sentence_follows_the_variation_sentence(ImprovementDirection direction, string target, string sentence)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), direction, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal($"Common cause variation: nothing unusual in the latest month. {sentence}", result.Summary);
    }

    [Fact]
    public void Trial_limits_are_called_out_with_the_count()
    {
        var trial = XmrAnalysis.Analyse(Series.Monthly(Series.Stable[..11]), ImprovementDirection.Up, null, Series.AsNhsrPlotTheDots);
        var firm = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null);

        Assert.EndsWith("These are trial limits: they come from 11 months, and 12 are needed for firm limits.", trial.Summary);
        Assert.DoesNotContain("trial", firm.Summary);
    }

    [Fact]
    public void Too_few_months_for_limits_say_so_and_nothing_else()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable[..12]), ImprovementDirection.Up, 20m);

        Assert.Equal("Too few months for process limits: there are 12, and 13 are needed.", result.Summary);
    }
}
