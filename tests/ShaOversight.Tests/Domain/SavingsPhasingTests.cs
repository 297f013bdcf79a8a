using ShaOversight.Core.Domain;

namespace ShaOversight.Tests.Domain;

public sealed class SavingsPhasingTests
{
    [Fact]
    public void Hillingdon_target_of_eleven_million_over_36_months_adds_up_to_the_penny()
    {
        var phases = SavingsPhasing.Phase(11_000_000m, new DateOnly(2007, 12, 15), 36);

        Assert.Equal(36, phases.Count);
        Assert.Equal(11_000_000m, phases.Sum(p => p.Target));
        Assert.Equal(new DateOnly(2007, 12, 1), phases[0].Month);
        Assert.Equal(new DateOnly(2010, 11, 1), phases[^1].Month);
    }

    [Fact]
    public void Ramps_up_over_six_months_then_holds_steady()
    {
        var phases = SavingsPhasing.Phase(1_000m * 33, new DateOnly(2008, 4, 1), 36);

        // Weights 1..6 sixths then 30 months of full weight: 3.5 + 30 = 33.5 full months.
        var fullMonth = 33_000m / 33.5m;
        Assert.Equal(Math.Round(fullMonth / 6, 2), phases[0].Target);
        Assert.Equal(Math.Round(fullMonth, 2), phases[6].Target);
        Assert.True(phases.Take(5).Zip(phases.Skip(1)).All(pair => pair.First.Target < pair.Second.Target));
    }

    [Fact]
    public void A_one_month_term_gets_the_whole_target()
    {
        var phase = Assert.Single(SavingsPhasing.Phase(999.99m, new DateOnly(2009, 1, 31), 1));
        Assert.Equal(999.99m, phase.Target);
    }
}
