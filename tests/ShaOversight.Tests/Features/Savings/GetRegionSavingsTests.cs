using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Savings;

[Collection(SeededDatabase.Name)]
public sealed class GetRegionSavingsTests(SliceFixture fixture)
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task The_region_rolls_up_its_contracts_and_the_months_add_up_to_the_same()
    {
        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));

        var validated = await fixture.QueryAsync(db => db.MonthlyReturns
            .Where(r => r.Contract.Buyer.Parent!.Code == "Q36" && r.Month <= YearEnd).Select(r => r.Validated).ToListAsync());
        Assert.Equal(validated.Sum(v => v ?? 0), savings.Total.ValidatedToDate);
        Assert.Equal(savings.Total.ValidatedToDate, savings.Months[^1].CumulativeValidated);
        Assert.Equal(savings.Total.TargetToDate, savings.Months[^1].CumulativeTarget);
        Assert.Equal(savings.Contracts.Sum(c => c.Measures.ValidatedToDate), savings.Total.ValidatedToDate);
        Assert.Contains(savings.Contracts, c => c.Reference == "FESC-5AT-001" && c.Supplier == "BUPA Commissioning");
        Assert.Equal(RegionView.Full, savings.View);
    }

    [Fact]
    public async Task Hillingdon_contract_measures_use_its_own_fee_and_target()
    {
        var savings = await fixture.SendAs(SliceFixture.National, new GetRegionSavings("Q36", YearEnd));
        var hillingdon = savings.Contracts.Single(c => c.Reference == "FESC-5AT-001");

        // Dec 2007 to Mar 2010 is 28 months of fees at £350,000 a year.
        Assert.Equal(350_000m / 12 * 28, hillingdon.Measures.FeesToDate);
        Assert.Equal(11_000_000m / 1_050_000m, hillingdon.Measures.ReturnOnFeesTarget);
        Assert.Equal(hillingdon.Measures.ValidatedToDate / hillingdon.Measures.TargetToDate, hillingdon.Measures.Achievement);
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_the_region_totals_without_its_contracts()
    {
        var savings = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetRegionSavings("Q36", YearEnd));

        Assert.Equal(RegionView.AggregatesOnly, savings.View);
        Assert.Empty(savings.Contracts);
        Assert.True(savings.Total.ValidatedToDate > 0);
    }

    [Fact]
    public async Task Another_region_is_refused_to_an_sha_analyst()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, new GetRegionSavings("Q39", YearEnd)));
    }

    [Fact]
    public async Task A_list_filter_lists_only_that_lists_contracts_and_keeps_the_region_totals_whole()
    {
        var all = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        var micro = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, ListCode: "micro"));

        var expected = all.Contracts.Where(c => c.List == "Micro list").Select(c => c.Reference).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, micro.Contracts.Select(c => c.Reference).ToList());
        Assert.Equal(("MICRO", "Micro list"), (micro.Selection.ListCode, micro.Selection.ListName));
        Assert.Equal(all.Total, micro.Total);
    }

    [Fact]
    public async Task A_service_area_filter_lists_the_contracts_covering_that_area()
    {
        var filtered = await fixture.SendAs(SliceFixture.National, new GetRegionSavings("Q36", YearEnd, ServiceAreaCode: "PMSR"));

        var expected = await fixture.QueryAsync(db => db.Contracts
            .Where(c => c.Buyer.Parent!.Code == "Q36" && c.AwardedOn <= YearEnd && c.ServiceAreas.Any(a => a.ServiceArea.Code == "PMSR"))
            .Select(c => c.Reference).OrderBy(r => r).ToListAsync());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Contracts.Select(c => c.Reference).Order().ToList());
        Assert.Equal("Performance management, settlement and review", filtered.Selection.ServiceAreaName);
    }

    [Theory]
    [InlineData("NANO", null, "'NANO' is not a FESC supplier list")]
    [InlineData(null, "XX", "'XX' is not a FESC service area")]
    public async Task An_unknown_list_or_area_is_a_validation_error_naming_the_codes_there_are(string? list, string? area, string message)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, ListCode: list, ServiceAreaCode: area)));

        Assert.Contains(message, error.Message);
        Assert.Contains(list is null ? "PMSR" : "MICRO", error.Message);
    }

    [Fact]
    public async Task A_month_lists_each_contracts_return_for_it_adding_up_to_the_regions_month()
    {
        var june = new DateOnly(2008, 6, 1);
        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, Month: june));

        var region = savings.Months.Single(m => m.Month == june);
        Assert.Contains(savings.MonthReturns, r => r.Reference == "FESC-5AT-001");
        Assert.Equal(region.Validated, savings.MonthReturns.Sum(r => r.Validated ?? 0));
        Assert.Equal(region.Claimed, savings.MonthReturns.Sum(r => r.Claimed ?? 0));
        Assert.Equal(region.Target, savings.MonthReturns.Sum(r => r.Target));
    }

    [Fact]
    public async Task A_month_after_the_as_at_date_is_a_validation_error()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", new DateOnly(2008, 6, 30), Month: new DateOnly(2008, 7, 1))));

        Assert.Contains("after the as-at date", error.Message);
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_no_other_pcts_contracts_through_a_filter_or_a_month()
    {
        var savings = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive,
            new GetRegionSavings("Q36", YearEnd, Month: new DateOnly(2008, 6, 1), ListCode: "MACRO", ServiceAreaCode: "PMSR"));

        Assert.Equal(RegionView.AggregatesOnly, savings.View);
        Assert.Empty(savings.Contracts);
        Assert.Empty(savings.MonthReturns);
    }

    [Fact]
    public async Task A_page_of_contracts_is_cut_from_the_whole_list_in_the_order_asked_and_the_totals_stay_whole()
    {
        var all = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        var paged = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, Page: new(1, "validated-desc")));

        var expected = all.Contracts.OrderByDescending(c => c.Measures.ValidatedToDate).ThenBy(c => c.Reference, StringComparer.Ordinal)
            .Take(ContractPageRequest.Size).Select(c => c.Reference);
        Assert.Equal(expected, paged.Contracts.Select(c => c.Reference));
        Assert.Equal(new ContractListing(all.Contracts.Count, 1, ContractPageRequest.Size, "validated-desc"), paged.Listing);
        Assert.Equal(all.Total, paged.Total);
        Assert.Equal(all.Contracts.Count, all.Listing.Count);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_an_unknown_column_is_a_validation_error()
    {
        var past = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, Page: new(99, "contract")));
        Assert.Equal(past.Listing.PageCount, past.Listing.Page);
        Assert.NotEmpty(past.Contracts);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, Page: new(1, "colour"))));
        Assert.Contains("'colour' is not a column to sort by", error.Message);
    }
}
