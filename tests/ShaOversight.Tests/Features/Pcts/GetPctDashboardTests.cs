using FluentValidation;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Pcts;

[Collection(SeededDatabase.Name)]
public sealed class GetPctDashboardTests(SliceFixture fixture)
{
    private static GetPctDashboard For(string code) => new(code, new FinancialYear(2009), new DateOnly(2010, 3, 31));

    [Fact]
    public async Task Hillingdon_sees_its_journey_from_the_articles_and_its_bupa_contract()
    {
        var dashboard = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, For("5AT"));

        Assert.True(dashboard.ShowsOwnData);
        Assert.Equal("Q36", dashboard.Region.Code);
        Assert.Contains(dashboard.StageHistory, s => s.Stage == FescStage.PreferredBidderNamed && s.Source != null);
        var contract = Assert.Single(dashboard.Contracts);
        Assert.Equal("BUPA Commissioning", contract.Supplier);
        Assert.Equal(contract.Measures, dashboard.Savings with { });
        Assert.Equal(11, dashboard.Ratings.Scores.Count);
    }

    [Fact]
    public async Task A_peer_pct_shows_its_ratings_but_never_its_contracts()
    {
        var peer = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, For("5A9"));

        Assert.False(peer.ShowsOwnData);
        Assert.Empty(peer.Contracts);
        Assert.Empty(peer.StageHistory);
        Assert.Null(peer.Savings.Achievement);
        Assert.Contains(peer.Ratings.Scores, s => s is not null);
    }

    [Fact]
    public async Task A_pct_outside_the_region_answers_as_an_unknown_code_does()
    {
        // Outside the scope answers as an unknown code does (the refusal is still audited).
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.HillingdonChiefExecutive, For("5ND")));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.LondonBoard, For("5ND")));
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.National, For("Q36")));
    }

    [Fact]
    public async Task A_pct_in_east_of_england_is_served_by_the_sha_contract()
    {
        var dashboard = await fixture.SendAs(SliceFixture.National, For("5PP"));

        Assert.Contains(dashboard.Contracts, c => c.Reference == "FESC-Q35-001");
    }

    [Fact]
    public async Task The_monthly_series_adds_up_to_the_pcts_savings_and_a_month_lists_the_contracts_behind_it()
    {
        var june = new DateOnly(2008, 6, 1);
        var dashboard = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, For("5AT") with { Month = june });

        Assert.Equal(dashboard.Savings.ValidatedToDate, dashboard.Months[^1].CumulativeValidated);
        Assert.Contains(dashboard.AchievementSpc.Points, p => p.Period == june);
        var behind = Assert.Single(dashboard.MonthReturns);
        Assert.Equal("FESC-5AT-001", behind.Reference);
        Assert.Equal(dashboard.Months.Single(m => m.Month == june).Validated, behind.Validated);
    }

    [Fact]
    public async Task A_peer_pct_shows_no_months_or_contracts_behind_them_even_when_a_month_is_asked_for()
    {
        var peer = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, For("5A9") with { Month = new DateOnly(2008, 6, 1) });

        Assert.Empty(peer.Months);
        Assert.Empty(peer.MonthReturns);
        Assert.Empty(peer.AchievementSpc.Points);
    }

    [Fact]
    public async Task A_month_after_the_as_at_date_is_a_validation_error()
    {
        var query = new GetPctDashboard("5AT", new FinancialYear(2008), new DateOnly(2008, 6, 30), new DateOnly(2008, 9, 1));

        var error = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.HillingdonChiefExecutive, query));

        Assert.Contains("September 2008 is after the as-at date", error.Message);
    }
}
