using ShaOversight.Core.Domain;

namespace ShaOversight.Tests.Domain;

public sealed class FinancialYearTests
{
    [Theory]
    [InlineData("2008/09", 2008)]
    [InlineData("2008-09", 2008)]
    [InlineData(" 2009/10 ", 2009)]
    [InlineData("2099/00", 2099)]
    public void Parses_the_forms_used_in_papers_and_urls(string text, int startYear)
    {
        Assert.Equal(new FinancialYear(startYear), FinancialYear.Parse(text));
    }

    [Theory]
    [InlineData("2008/10", "2008 is followed by 09, not 10")]
    [InlineData("2008", "write it as 2008/09")]
    [InlineData("08/09", "write it as 2008/09")]
    [InlineData("", "write it as 2008/09")]
    [InlineData("1999/00", "outside the years")]
    [InlineData("2008/9", "write it as 2008/09")]
    public void Refuses_anything_else_with_a_reason(string text, string reason)
    {
        Assert.False(FinancialYear.TryParse(text, out var year, out var error));
        Assert.Null(year);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Runs_from_the_first_of_April_to_the_thirty_first_of_March()
    {
        var year = new FinancialYear(2008);
        Assert.Equal(new DateOnly(2008, 4, 1), year.StartsOn);
        Assert.Equal(new DateOnly(2009, 3, 31), year.EndsOn);
        Assert.Equal("2008/09", year.Label);
        Assert.Equal("2008-09", year.UrlValue);
        Assert.Equal("1999/00", new FinancialYear(1999).Label);
    }

    [Theory]
    [InlineData(2009, 3, 31, 2008)]
    [InlineData(2009, 4, 1, 2009)]
    [InlineData(2010, 1, 15, 2009)]
    public void A_date_belongs_to_the_year_that_contains_it(int year, int month, int day, int startYear)
    {
        var date = new DateOnly(year, month, day);
        Assert.Equal(new FinancialYear(startYear), FinancialYear.Containing(date));
        Assert.True(new FinancialYear(startYear).Contains(date));
        Assert.False(new FinancialYear(startYear + 1).Contains(date));
    }

    [Fact]
    public void Has_twelve_months_from_April()
    {
        var months = new FinancialYear(2009).Months().ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(new DateOnly(2009, 4, 1), months[0]);
        Assert.Equal(new DateOnly(2010, 3, 1), months[^1]);
    }

    [Fact]
    public void Orders_by_start_year()
    {
        Assert.True(new FinancialYear(2008).CompareTo(new FinancialYear(2009)) < 0);
        Assert.Equal(new FinancialYear(2009), new FinancialYear(2008).Next);
        Assert.Equal(new FinancialYear(2007), new FinancialYear(2008).Previous);
    }
}
