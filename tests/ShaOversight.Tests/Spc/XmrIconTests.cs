using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc;

public sealed class XmrIconTests
{
    [Theory]
    [InlineData(ImprovementDirection.Up, VariationIcon.ImprovementHigh)]
    [InlineData(ImprovementDirection.Down, VariationIcon.ConcernHigh)]
    [InlineData(ImprovementDirection.Neither, VariationIcon.NeutralHigh)]
    public void A_latest_point_above_the_upper_limit_reads_by_the_improvement_direction(ImprovementDirection direction, VariationIcon icon)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestAboveUpperLimit), direction, null);

        Assert.Equal(icon, result.Variation);
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, VariationIcon.ConcernLow)]
    [InlineData(ImprovementDirection.Down, VariationIcon.ImprovementLow)]
    [InlineData(ImprovementDirection.Neither, VariationIcon.NeutralLow)]
    public void A_latest_point_below_the_lower_limit_reads_by_the_improvement_direction(ImprovementDirection direction, VariationIcon icon)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.LatestBelowLowerLimit), direction, null);

        Assert.Equal(icon, result.Variation);
    }

    // Series.Stable's limits are 12.02 and 27.98. Pass or fail needs the target strictly beyond a
    // limit; a target exactly on either limit is inconsistent, as in NHSRplotthedots and MDC.
    // With no improvement direction there is no assurance icon at all.
    public static TheoryData<ImprovementDirection, decimal?, AssuranceIcon> AssuranceCases => new()
    {
        { ImprovementDirection.Up, null, AssuranceIcon.None },
        { ImprovementDirection.Up, 12m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Up, 12.01m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Up, 12.02m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Up, 20m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Up, 27.98m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Up, 27.99m, AssuranceIcon.ConsistentlyFail },
        { ImprovementDirection.Down, null, AssuranceIcon.None },
        { ImprovementDirection.Down, 28m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Down, 27.98m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Down, 20m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Down, 12.02m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Down, 12.01m, AssuranceIcon.ConsistentlyFail },
        { ImprovementDirection.Neither, null, AssuranceIcon.None },
        { ImprovementDirection.Neither, 20m, AssuranceIcon.None },
        { ImprovementDirection.Neither, 30m, AssuranceIcon.None },
        { ImprovementDirection.Neither, 5m, AssuranceIcon.None },
    };

    [Theory]
    [MemberData(nameof(AssuranceCases))]
    public void The_assurance_icon_compares_the_target_with_the_limits(ImprovementDirection direction, decimal? target, AssuranceIcon icon)
    {
        var result = XmrAnalysis.Analyse(Series.Monthly(Series.Stable), direction, target);

        Assert.Equal(icon, result.Assurance);
        Assert.Equal(target, result.Target);
    }

    [Fact]
    public void Assurance_uses_trial_limits_when_they_are_asked_for()
    {
        // 10 and 14: limits 1.36 and 22.64 (see XmrAnalysisTests).
        var result = XmrAnalysis.Analyse(Series.Monthly(10, 14), ImprovementDirection.Up, target: 1m, Series.AsNhsrPlotTheDots);

        Assert.True(result.AreTrialLimits);
        Assert.Equal(AssuranceIcon.ConsistentlyPass, result.Assurance);
    }

    [Fact]
    public void Too_few_points_for_limits_give_no_icons()
    {
        // Twelve months, one fewer than MDC's Single Chart tool needs; the last is far above the rest.
        var result = XmrAnalysis.Analyse(Series.Monthly([.. Series.Stable[..11], 90]), ImprovementDirection.Up, target: 5m);

        Assert.False(result.HasLimits);
        Assert.DoesNotContain(result.Points, point => point.IsSpecialCause);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Equal(AssuranceIcon.None, result.Assurance);
    }
}
