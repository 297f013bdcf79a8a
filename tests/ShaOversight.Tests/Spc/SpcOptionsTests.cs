using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class SpcOptionsTests
{
    // 10 and 11 alternate for 12 months, then 40: eleven moving ranges of 1, then one of 29.
    // Unscreened, the mean moving range is (11 + 29) / 12 = 40/12 ≈ 3.33.
    // Screening drops ranges at or above 3.267 × 40/12 ≈ 10.89, so the 29 goes and the mean is 11 / 11 = 1.
    private static readonly decimal[] OneWildMonth = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 40];

    [Fact]
    public void The_defaults_are_making_data_counts()
    {
        var options = SpcOptions.Default;

        Assert.Equal(7, options.ShiftLength);
        Assert.Equal(7, options.TrendLength);
        Assert.False(options.ScreenMovingRanges);
        Assert.Equal(13, options.MinimumPointsForLimits);
        Assert.Equal(12, options.MinimumPointsForFirmLimits);
        Assert.Null(options.BaselinePoints);
        Assert.Empty(options.Recalculations);
    }

    [Fact]
    public void Moving_ranges_are_not_screened_unless_asked()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(OneWildMonth), ImprovementDirection.Up, null);

        Assert.Equal(40m / 12m, result.MeanMovingRange);
        Assert.DoesNotContain(result.Points, point => point.MovingRangeExcluded);
    }

    [Fact]
    public void Screening_leaves_out_a_moving_range_above_3_267_times_the_mean()
    {
        var options = new SpcOptions { ScreenMovingRanges = true };

        var result = XmrAnalysis.Analyse(Series.Monthly(OneWildMonth), ImprovementDirection.Up, null, options);

        Assert.Equal(1m, result.MeanMovingRange);
        Assert.Equal(2.66m, result.UpperProcessLimit - result.Mean);
        Assert.Equal([12], result.Points.Select((point, index) => (point, index))
            .Where(pair => pair.point.MovingRangeExcluded).Select(pair => pair.index));
        Assert.Equal(29m, result.Points[12].MovingRange); // excluded from the mean, still reported
    }

    [Fact]
    public void Screening_changes_nothing_when_no_moving_range_is_extreme()
    {
        // Series.Stable's largest range is 6, below 3.267 × 3 ≈ 9.8.
        var options = new SpcOptions { ScreenMovingRanges = true };

        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null, options);

        Assert.Equal(3m, result.MeanMovingRange);
        Assert.DoesNotContain(result.Points, point => point.MovingRangeExcluded);
    }

    [Fact]
    public void Options_that_would_flag_noise_as_signal_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { ShiftLength = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { TrendLength = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => SpcOptions.Default with { MinimumPointsForFirmLimits = -3 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { MinimumPointsForLimits = 1 });
        Assert.Equal(2, new SpcOptions { ShiftLength = 2 }.ShiftLength);
    }

    [Fact]
    public void A_baseline_of_fewer_than_twelve_points_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpcOptions { BaselinePoints = 11 });
        Assert.Equal(12, new SpcOptions { BaselinePoints = 12 }.BaselinePoints);
        Assert.Null(new SpcOptions { BaselinePoints = null }.BaselinePoints);
    }
}
