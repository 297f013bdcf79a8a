using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Spc;
using ShaOversight.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ShaOversight.Tests.Features.Savings;

/// <summary>
/// The savings SPC runs on validated savings as a share of each month's phased target, so a
/// board never sees "special cause" only because more contracts went live (issue 11, item 4).
/// </summary>
[Collection(SeededDatabase.Name)]
public sealed class SavingsSpcMeasureTests(SliceFixture fixture, ITestOutputHelper output)
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task Nhs_londons_2009_10_savings_spc_flags_no_more_than_a_third_of_its_months_as_special_cause()
    {
        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));

        var spc = savings.AchievementSpc;
        var flagged = spc.Points.Count(p => p.IsSpecialCause);
        output.WriteLine($"{flagged} of {spc.Points.Count} months flagged; mean {spc.Mean:0.0}%, limits {spc.LowerProcessLimit:0.0}% to {spc.UpperProcessLimit:0.0}%; "
            + $"{spc.Variation}, {spc.Assurance}");
        Assert.True(spc.Points.Count >= 12, "the chart should have a year or more of validated months");
        Assert.True(flagged * 3 <= spc.Points.Count, $"{flagged} of {spc.Points.Count} months are flagged as special cause");
    }

    [Fact]
    public async Task Each_point_is_that_months_validated_savings_as_a_percentage_of_its_phased_target()
    {
        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));

        var point = savings.AchievementSpc.Points[^1];
        var month = savings.Months.Single(m => m.Month == point.Period);
        Assert.Equal(100m * month.Validated / month.Target, point.Value);
        Assert.Equal(SavingsSpc.TargetPercent, savings.AchievementSpc.Target);
        Assert.Equal(ImprovementDirection.Up, savings.AchievementSpc.Direction);
    }

    [Fact]
    public void Growth_in_the_portfolio_is_not_special_cause_when_every_contract_keeps_pace_with_its_target()
    {
        // Pounds and targets both treble over the year; each month is within a few points of 90%.
        var months = Enumerable.Range(0, 18)
            .Select(i => (new DateOnly(2008, 4, 1).AddMonths(i), Target: 10_000m + 1_500m * i, Wobble: i % 3 - 1))
            .Select(m => (m.Item1, m.Target * (0.9m + m.Wobble * 0.02m), m.Target))
            .ToList();

        var pounds = XmrAnalysis.Analyse(months.Select(m => (m.Item1, m.Item2)).ToList(), ImprovementDirection.Up, null);
        var share = SavingsSpc.Analyse(months);

        Assert.Contains(pounds.Points, p => p.IsSpecialCause);
        Assert.DoesNotContain(share.Points, p => p.IsSpecialCause);
    }
}
