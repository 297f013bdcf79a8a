using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Savings;

namespace ShaOversight.Tests.Features.Board;

public sealed class BoardSentencesTests
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public void Uptake_says_the_count_the_share_and_which_way_it_moved()
    {
        Assert.Equal("16 of 31 PCTs in NHS London (52%) had a FESC contract awarded by 31 March 2010, up 26 points on a year earlier.",
            BoardSentences.Uptake("NHS London", 16, 31, 16m / 31, 0.258m, YearEnd, null));
        Assert.Equal("3 of 10 PCTs in Somewhere (30%) had a FESC contract awarded by 31 March 2010, down 1 point on a year earlier.",
            BoardSentences.Uptake("Somewhere", 3, 10, 0.3m, 0.31m, YearEnd, null));
        Assert.EndsWith("(30%) had a FESC contract awarded by 31 March 2010.", BoardSentences.Uptake("Somewhere", 3, 10, 0.3m, null, YearEnd, null));
        Assert.Equal("Somewhere has no PCTs to count.", BoardSentences.Uptake("Somewhere", 0, 0, null, null, YearEnd, null));
    }

    [Fact]
    public void Savings_say_achievement_pay_back_and_forecast_and_nothing_is_due_before_any_target()
    {
        var now = new SavingsMeasures(11_000_000m, 1_000_000m, 950_000m, 900_000m, 100_000m, 1_050_000m, 8_800_000m);
        var before = now with { TargetToDate = 500_000m, ValidatedToDate = 400_000m };

        Assert.Equal("Validated savings are 90% of the target phased to date (up 10 points on a year earlier), £9.00 for every £1 of fees; "
            + "the forecast is 80% of the £11.0m target.", BoardSentences.Savings(now, before));
        Assert.StartsWith("No contract had a savings target phased to date", BoardSentences.Savings(SavingsMeasures.None, null));
    }

    [Fact]
    public void Assurance_gives_the_mean_out_of_four_against_the_last_round()
    {
        Assert.Equal("The mean World Class Commissioning competency score for 2009/10 is 2.56 out of 4, up 0.92 on the 2008/09 round.",
            BoardSentences.Assurance(2.561m, 1.641m, new FinancialYear(2009)));
        Assert.Equal("No competency scores have been recorded for 2009/10.", BoardSentences.Assurance(null, 2m, new FinancialYear(2009)));
    }

    [Fact]
    public void Pilots_are_counted_by_rating_green_first_and_a_region_without_one_says_so()
    {
        Assert.Equal("Of the 7 FESC pilots, 2 green, 3 amber, 2 red.",
            BoardSentences.Pilots(null, [Rag.Green, Rag.Green, Rag.Amber, Rag.Amber, Rag.Amber, Rag.Red, Rag.Red], 7));
        Assert.Equal("NHS London has 1 of the 7 FESC pilots: 1 amber.", BoardSentences.Pilots("NHS London", [Rag.Amber], 7));
        Assert.Equal("None of the 7 FESC pilots is in NHS North East.", BoardSentences.Pilots("NHS North East", [], 7));
    }

    [Fact]
    public void A_pcts_journey_names_its_first_award_or_the_stage_it_has_reached()
    {
        Assert.Equal("Hillingdon PCT was awarded its first FESC contract on 1 November 2007",
            BoardSentences.PctJourney("Hillingdon PCT", [new(FescStage.InterestExpressed, new(2007, 6, 1), null, null), new(FescStage.ContractAwarded, new(2007, 11, 1), null, null)]));
        Assert.Equal("Brent PCT has reached \"board approved\"", BoardSentences.PctJourney("Brent PCT", [new(FescStage.BoardApproved, new(2008, 1, 1), null, null)]));
        Assert.Equal("Brent PCT had not started on FESC", BoardSentences.PctJourney("Brent PCT", []));
    }
}
