using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class BaselineTests
{
    // Twelve baseline months: sum 240, so the mean is 20; moving ranges 5, 6, 0, 1, 5, 4, 1, 2, 3,
    // 4, 2 sum to 33 over 11, so 3; limits 20 ± 7.98 = 12.02 and 27.98. Then seven months at 24.
    private static readonly decimal[] BaselineThenHigher = [18, 23, 17, 17, 18, 23, 19, 20, 22, 19, 23, 21, 24, 24, 24, 24, 24, 24, 24];

    private static readonly SpcOptions TwelveMonthBaseline = new() { BaselinePoints = 12 };

    [Fact]
    public void A_fixed_baseline_computes_the_limits_from_its_points_and_applies_them_to_the_rest()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(BaselineThenHigher), ImprovementDirection.Up, null, TwelveMonthBaseline);

        Assert.Equal((20m, 3m, 27.98m, 12.02m), (result.Mean!.Value, result.MeanMovingRange!.Value,
            result.UpperProcessLimit!.Value, result.LowerProcessLimit!.Value));
        var segment = Assert.Single(result.Segments);
        Assert.Equal((19, 12), (segment.PointCount, segment.BaselinePointCount));
        Assert.Equal([.. Enumerable.Repeat(true, 12), .. Enumerable.Repeat(false, 7)], result.Points.Select(point => point.InBaseline));
        Assert.Equal(0m, result.Points[^1].MovingRange); // still reported after the baseline
    }

    [Fact]
    public void Points_after_the_baseline_are_judged_against_it()
    {
        // 23, 21 and the seven 24s are nine months in a row above the baseline's mean of 20.
        var result = XmrAnalysis.Analyse(Series.Monthly(BaselineThenHigher), ImprovementDirection.Up, null, TwelveMonthBaseline);

        Assert.Equal([.. Enumerable.Repeat(false, 10), .. Enumerable.Repeat(true, 9)], result.Points.Select(point => point.InShift));
        Assert.Equal(VariationIcon.ImprovementHigh, result.Variation);
        Assert.Equal("Special cause improvement: the latest month is the latest of 9 months in a row above the mean. "
            + "The limits are fixed on the first 12 months.", result.Summary);
    }

    [Fact]
    public void Without_a_baseline_the_later_points_move_the_limits()
    {
        // All 19 months: sum 408, so the mean is ≈ 21.47, not 20.
        var result = XmrAnalysis.Analyse(Series.Monthly(BaselineThenHigher), ImprovementDirection.Up, null);

        Assert.Equal(408m / 19m, result.Mean);
        Assert.All(result.Points, point => Assert.True(point.InBaseline));
    }

    [Fact]
    public void A_baseline_longer_than_the_series_uses_every_point()
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), ImprovementDirection.Up, null, new SpcOptions { BaselinePoints = 24 });

        Assert.Equal((13, 13), (result.Segments[0].PointCount, result.Segments[0].BaselinePointCount));
        Assert.Equal(20m, result.Mean);
        Assert.DoesNotContain("fixed", result.Summary);
    }

    [Fact]
    public void A_baseline_applies_within_each_segment_as_nhsrplotthedots_fix_after_n_points_does()
    {
        decimal[] values = [.. BaselineThenHigher, .. BaselineThenHigher.Select(value => value + 30)];
        var options = TwelveMonthBaseline with { Recalculations = [new(Series.FirstMonth.AddMonths(19), "service moved")] };

        var result = XmrAnalysis.Analyse(Series.Monthly(values), ImprovementDirection.Up, null, options);

        Assert.Equal([20m, 50m], result.Segments.Select(segment => segment.Lines!.Mean));
        Assert.Equal([12, 12], result.Segments.Select(segment => segment.BaselinePointCount));
        Assert.Equal(12, result.Points.Count(point => point.Segment == 1 && point.InBaseline));
        Assert.EndsWith("The limits were recalculated from November 2009: service moved. The limits are fixed on the first 12 months after that.",
            result.Summary);
    }
}
