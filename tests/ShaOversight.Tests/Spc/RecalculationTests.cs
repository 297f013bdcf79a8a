using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class RecalculationTests
{
    // Series.Stable (mean 20, mean moving range 3), then the same 30 higher (mean 50): a step
    // change in May 2009, the fourteenth month, as when a contract's scope is widened.
    private static readonly decimal[] StepUp = [.. Series.Stable, .. Series.Stable.Select(value => value + 30)];
    private static readonly DateOnly ChangeMonth = Series.FirstMonth.AddMonths(13);

    private static SpcOptions RecalculatedFrom(DateOnly month, string? reason = "contract scope widened") =>
        new() { Recalculations = [new(month, reason)] };

    [Fact]
    public void Each_segment_gets_its_own_mean_and_limits()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Up, null, RecalculatedFrom(ChangeMonth));

        Assert.Equal(2, result.Segments.Count);
        var (before, after) = (result.Segments[0], result.Segments[1]);
        Assert.Equal((Series.FirstMonth, Series.FirstMonth.AddMonths(12), 20m, 27.98m, 12.02m, (string?)null),
            (before.Start, before.End, before.Lines!.Mean, before.Lines.UpperProcessLimit, before.Lines.LowerProcessLimit, before.Reason));
        Assert.Equal((ChangeMonth, ChangeMonth.AddMonths(12), 50m, 57.98m, 42.02m, "contract scope widened"),
            (after.Start, after.End, after.Lines!.Mean, after.Lines.UpperProcessLimit, after.Lines.LowerProcessLimit, after.Reason));
        Assert.Equal([.. Enumerable.Repeat(0, 13), .. Enumerable.Repeat(1, 13)], result.Points.Select(point => point.Segment));
    }

    [Fact]
    public void The_headline_lines_and_icons_come_from_the_last_segment()
    {
        // A target of 45: below the first segment's lower limit would be a pass there, but it
        // lies within the last segment's limits, 42.02 to 57.98.
        var result = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Down, 45m, RecalculatedFrom(ChangeMonth));

        Assert.Equal((50m, 57.98m), (result.Mean!.Value, result.UpperProcessLimit!.Value));
        Assert.Equal(AssuranceIcon.Inconsistent, result.Assurance);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
        Assert.Equal("Common cause variation: nothing unusual in the latest month. The target lies within the process limits, "
            + "so it will be met only some of the time. The limits were recalculated from May 2009: contract scope widened.", result.Summary);
    }

    [Fact]
    public void A_known_change_stops_the_step_reading_as_special_cause()
    {
        var recalculated = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Up, null, RecalculatedFrom(ChangeMonth));
        var notRecalculated = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Up, null);

        Assert.DoesNotContain(recalculated.Points, point => point.IsSpecialCause);
        Assert.All(notRecalculated.Points, point => Assert.True(point.InShift));
    }

    [Fact]
    public void Rules_run_within_each_segment_never_across_the_break()
    {
        // 19, 20, 21, 22 end the first segment and 23, 24, 25 start the second: seven rising
        // months in a row, but four and three within the segments.
        decimal[] before = [18, 23, 17, 17, 18, 23, 19, 20, 22, 19, 20, 21, 22];
        decimal[] after = [23, 24, 25, 20, 18, 22, 19, 21, 17, 23, 20, 18, 22];

        var split = XmrAnalysis.Analyse(Series.Monthly([.. before, .. after]), ImprovementDirection.Up, null, RecalculatedFrom(ChangeMonth));
        var whole = XmrAnalysis.Analyse(Series.Monthly([.. before, .. after]), ImprovementDirection.Up, null);

        Assert.DoesNotContain(split.Points, point => point.InTrend);
        Assert.Equal(7, whole.Points.Count(point => point.InTrend));
    }

    [Fact]
    public void The_first_point_of_a_segment_has_no_moving_range()
    {
        // Its range would cross the break, and the segment's limits use only ranges inside it.
        var result = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Up, null, RecalculatedFrom(ChangeMonth));

        Assert.Null(result.Points[13].MovingRange);
        Assert.Equal(3m, result.Segments[1].Lines!.MeanMovingRange);
    }

    [Fact]
    public void A_recalculation_in_a_month_with_no_data_starts_at_the_next_month_that_has_some()
    {
        var series = Series.Monthly(StepUp).Where(point => point.Period != ChangeMonth).ToArray();

        var result = XmrAnalysis.Analyse(series, ImprovementDirection.Up, null, RecalculatedFrom(ChangeMonth));

        Assert.Equal(ChangeMonth.AddMonths(1), result.Segments[1].Start);
    }

    [Fact]
    public void Recalculations_outside_the_series_start_no_segment()
    {
        var options = new SpcOptions
        {
            Recalculations = [new(Series.FirstMonth.AddMonths(-3), "service began"), new(Series.FirstMonth.AddMonths(40), "later")],
        };

        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null, options);

        var only = Assert.Single(result.Segments);
        Assert.Equal("service began", only.Reason); // it labels the first segment; there is no break to draw
        Assert.Equal(20m, only.Lines!.Mean);
    }

    [Fact]
    public void A_last_segment_too_short_for_limits_gives_no_icons_and_says_why()
    {
        var options = RecalculatedFrom(Series.FirstMonth.AddMonths(21));

        var result = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Up, 10m, options);

        Assert.True(result.Segments[0].HasLimits);
        Assert.False(result.Segments[1].HasLimits);
        Assert.Equal((5, 0, false), (result.Segments[1].PointCount, result.Segments[1].BaselinePointCount, result.Segments[1].AreTrialLimits));
        Assert.DoesNotContain(result.Points, point => point.Segment == 1 && (point.InBaseline || point.IsSpecialCause));
        Assert.False(result.HasLimits);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Equal(AssuranceIcon.None, result.Assurance);
        Assert.Equal("Too few months for process limits: there are 5 since the limits were recalculated, and 13 are needed.", result.Summary);
    }

    [Fact]
    public void Without_a_reason_the_summary_still_dates_the_recalculation()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(StepUp), ImprovementDirection.Up, null, RecalculatedFrom(ChangeMonth, reason: null));

        Assert.EndsWith("The limits were recalculated from May 2009.", result.Summary);
    }
}
