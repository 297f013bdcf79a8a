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

    // Series.Stable's limits are 12.02 and 27.98. A month meets the target when it is at the
    // target or on its better side, so a target on the near limit is a pass and one on the far
    // limit is hit only by the very top (or bottom) of the range: inconsistent.
    public static TheoryData<ImprovementDirection, decimal?, AssuranceIcon> AssuranceCases => new()
    {
        { ImprovementDirection.Up, null, AssuranceIcon.None },
        { ImprovementDirection.Up, 12m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Up, 12.02m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Up, 12.03m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Up, 20m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Up, 27.98m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Up, 27.99m, AssuranceIcon.ConsistentlyFail },
        { ImprovementDirection.Down, null, AssuranceIcon.None },
        { ImprovementDirection.Down, 28m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Down, 27.98m, AssuranceIcon.ConsistentlyPass },
        { ImprovementDirection.Down, 27.97m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Down, 20m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Down, 12.02m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Down, 12.01m, AssuranceIcon.ConsistentlyFail },
        { ImprovementDirection.Neither, null, AssuranceIcon.None },
        { ImprovementDirection.Neither, 20m, AssuranceIcon.Inconsistent },
        // No side of the target is better, so outside the limits is neither pass nor fail.
        { ImprovementDirection.Neither, 30m, AssuranceIcon.Inconsistent },
        { ImprovementDirection.Neither, 5m, AssuranceIcon.Inconsistent },
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
    public void Assurance_uses_trial_limits_when_that_is_all_there_is()
    {
        // 10 and 14: limits 1.36 and 22.64 (see XmrAnalysisTests).
        var result = XmrAnalysis.Analyse(Series.Monthly(10, 14), ImprovementDirection.Up, target: 1m);

        Assert.True(result.AreTrialLimits);
        Assert.Equal(AssuranceIcon.ConsistentlyPass, result.Assurance);
    }
}
