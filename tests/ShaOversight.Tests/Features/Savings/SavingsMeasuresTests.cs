using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Savings;

namespace ShaOversight.Tests.Features.Savings;

/// <summary>Every derived figure against numbers worked by hand.</summary>
public sealed class SavingsMeasuresTests
{
    // Hillingdon PCT and BUPA Commissioning: £350,000 a year for three years, hoping to save £11m.
    private static readonly ContractTerms Hillingdon = new(350_000m, 11_000_000m, new DateOnly(2007, 12, 1), new DateOnly(2010, 11, 30));

    [Fact]
    public void Hillingdon_promised_about_ten_and_a_half_pounds_back_for_each_pound_of_fees()
    {
        var measures = SavingsMeasures.ForContract(Hillingdon, new DateOnly(2007, 11, 30), 0, 0, 0, 0);

        Assert.Equal(1_050_000m, measures.FeesForTerm);
        Assert.Equal(11_000_000m / 1_050_000m, measures.ReturnOnFeesTarget);
        Assert.Equal(10.48m, Math.Round(measures.ReturnOnFeesTarget!.Value, 2));
    }

    [Fact]
    public void Twelve_months_in_the_measures_follow_from_the_fees_paid_and_the_run_rate()
    {
        // As at 30 Nov 2008: months Dec 2007 to Nov 2008 have begun, so 12 months of fees:
        // 12 x £350,000 / 12 = £350,000. Say £2.4m validated over 12 validated months against
        // £2.5m phased: achievement 96%, return on fees 2.4m / 350k = 6.857..., and the run rate
        // of £200k a month over the 24 months left gives a forecast of 2.4m + 4.8m = £7.2m.
        var measures = SavingsMeasures.ForContract(Hillingdon, new DateOnly(2008, 11, 30), 2_500_000m, 2_600_000m, 2_400_000m, 12);

        Assert.Equal(350_000m, measures.FeesToDate);
        Assert.Equal(0.96m, measures.Achievement);
        Assert.Equal(2_400_000m / 350_000m, measures.ReturnOnFees);
        Assert.Equal(7_200_000m, measures.ForecastOutturn);
        Assert.Equal(200_000m, measures.ClaimedNotValidated);
    }

    [Theory]
    [InlineData(0.95, Rag.Green)]
    [InlineData(0.9499, Rag.Amber)]
    [InlineData(0.80, Rag.Amber)]
    [InlineData(0.7999, Rag.Red)]
    public void Rag_follows_the_default_thresholds_of_95_and_80_per_cent(double achievement, Rag expected)
    {
        var measures = new SavingsMeasures(0, 1_000_000m, 0, 1_000_000m * (decimal)achievement, 0, 0, null);
        Assert.Equal(expected, measures.Rating(new DashboardSettings()));
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var measures = new SavingsMeasures(0, 100m, 0, 85m, 0, 0, null);
        Assert.Equal(Rag.Green, measures.Rating(new DashboardSettings(GreenFrom: 0.85m, AmberFrom: 0.5m)));
        Assert.Equal(Rag.Amber, measures.Rating(new DashboardSettings()));
    }

    [Fact]
    public void Before_anything_is_due_there_is_no_ratio_and_no_rating()
    {
        var measures = SavingsMeasures.ForContract(Hillingdon, new DateOnly(2007, 6, 30), 0, 0, 0, 0);

        Assert.Null(measures.Achievement);
        Assert.Null(measures.ReturnOnFees);
        Assert.Null(measures.ForecastOutturn);
        Assert.Null(measures.Rating(new DashboardSettings()));
        Assert.Equal(0m, measures.FeesToDate);
    }

    [Fact]
    public void A_roll_up_adds_contracts_and_their_forecasts()
    {
        var first = new SavingsMeasures(10m, 4m, 5m, 4m, 1m, 2m, 9m);
        var second = new SavingsMeasures(20m, 6m, 6m, 3m, 2m, 4m, null);

        var total = SavingsMeasures.Sum([first, second]);

        Assert.Equal(new SavingsMeasures(30m, 10m, 11m, 7m, 3m, 6m, 9m), total);
        Assert.Equal(0.7m, total.Achievement);
    }

    [Theory]
    [InlineData("2007-11-30", 0)]
    [InlineData("2007-12-01", 1)]
    [InlineData("2008-11-30", 12)]
    [InlineData("2012-01-01", 36)]
    public void Months_elapsed_count_the_months_of_the_term_begun_by_the_date(string asAt, int months)
    {
        Assert.Equal(months, SavingsMeasures.MonthsElapsed(Hillingdon.StartsOn, Hillingdon.EndsOn, DateOnly.Parse(asAt)));
    }
}
