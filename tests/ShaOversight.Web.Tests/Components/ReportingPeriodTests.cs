using ShaOversight.Core.Domain;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Account;

namespace ShaOversight.Web.Tests.Components;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void Without_filters_a_page_shows_the_latest_year_as_at_the_end_of_the_data()
    {
        var (period, problem) = ReportingPeriod.FromQuery(null, null);

        Assert.Null(problem);
        Assert.Equal(new ReportingPeriod(new FinancialYear(2009), new DateOnly(2010, 3, 31)), period);
    }

    [Fact]
    public void A_year_without_a_date_is_shown_as_at_its_end()
    {
        var (period, _) = ReportingPeriod.FromQuery("2008-09", null);
        Assert.Equal(new DateOnly(2009, 3, 31), period!.AsAt);
    }

    [Fact]
    public void A_date_without_a_year_is_shown_in_its_own_year()
    {
        var (period, problem) = ReportingPeriod.FromQuery(null, "2009-01-31");

        Assert.Null(problem);
        Assert.Equal(new ReportingPeriod(new FinancialYear(2008), new DateOnly(2009, 1, 31)), period);
    }

    [Theory]
    [InlineData("2008-10", null, "2008 is followed by 09, not 10")]
    [InlineData(null, "2006-05-31", "There are no figures for 2006/07. Choose one of 2007/08, 2008/09, 2009/10.")]
    [InlineData("2015-16", null, "There are no figures for 2015/16")]
    [InlineData("2009-10", "31/03/2010", "is not a date. Write the as-at date as year-month-day")]
    [InlineData("2009-10", "2009-03-31", "31 Mar 2009 is not in 2009/10")]
    public void A_bad_filter_gets_a_plain_english_reason(string? year, string? asAt, string problem)
    {
        var (period, message) = ReportingPeriod.FromQuery(year, asAt);

        Assert.Null(period);
        Assert.Contains(problem, message);
    }

    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/england", "/england")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("/signin?returnUrl=/signin", "/")]
    public void Return_addresses_stay_on_this_site(string? returnUrl, string expected)
    {
        Assert.Equal(expected, AccountEndpoints.LocalOrHome(returnUrl));
    }
}
