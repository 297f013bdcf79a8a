using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Features.Regions;
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
}
