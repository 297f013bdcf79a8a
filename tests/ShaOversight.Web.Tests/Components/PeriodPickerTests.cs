using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Domain;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Tests.Components;

/// <summary>The live page's period picker: each choice is a new address, as the forms on a page rendered per request make.</summary>
public sealed class PeriodPickerTests : ComponentTest
{
    private static readonly ReportingPeriod Shown = new(new FinancialYear(2009), new DateOnly(2010, 3, 31));

    [Fact]
    public void A_date_goes_to_the_address_without_the_year_so_the_date_decides_it_and_the_rest_is_kept()
    {
        var navigation = Context.Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/sha/Q36?lens=savings&year=2009-10&asAt=2010-03-31&list=MICRO");
        var picker = Context.Render<PeriodPicker>(p => p.Add(x => x.Period, Shown));

        picker.Find(".period-asat input").Change("2009-01-31");

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query);
        Assert.Equal(["asAt", "lens", "list"], query.Keys.Order());
        Assert.Equal("2009-01-31", query["asAt"].ToString());
        // Which the page then shows in 2008/09, the year the date falls in.
        Assert.Equal(new ReportingPeriod(new FinancialYear(2008), new DateOnly(2009, 1, 31)), ReportingPeriod.FromQuery(null, query["asAt"]).Period);
    }
}
