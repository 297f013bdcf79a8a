using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Uptake;

[Collection(SeededDatabase.Name)]
public sealed class GetRegionUptakeTests(SliceFixture fixture)
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task London_uptake_matches_a_count_of_pcts_with_an_award_by_the_date()
    {
        var uptake = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionUptake("Q36", YearEnd));

        var expected = await fixture.QueryAsync(db => db.Organisations
            .CountAsync(o => o.Parent!.Code == "Q36" && db.ContractCoverage.Any(c => c.PctId == o.Id && db.Contracts.Any(k => k.Id == c.ContractId && k.AwardedOn <= YearEnd))));
        Assert.Equal(31, uptake.PctCount);
        Assert.Equal(expected, uptake.PctsWithContractAwarded);
        Assert.Equal(expected, uptake.OverTime[^1].PctsWithContractAwarded);
        Assert.Equal(RegionView.Full, uptake.View);
    }

    [Fact]
    public async Task The_pipeline_counts_every_buyer_once_at_its_latest_stage()
    {
        var uptake = await fixture.SendAs(SliceFixture.National, new GetRegionUptake("Q36", YearEnd));

        var buyersWithHistory = await fixture.QueryAsync(db => db.StageChanges
            .Where(s => s.Buyer.Parent!.Code == "Q36" && s.ChangedOn <= YearEnd).Select(s => s.BuyerId).Distinct().CountAsync());
        Assert.Equal(buyersWithHistory, uptake.Pipeline.Sum(p => p.Buyers));
        Assert.Equal(buyersWithHistory, uptake.Buyers.Count);
        Assert.Equal(Enum.GetValues<FescStage>().Length, uptake.Pipeline.Count);
        var hillingdon = uptake.Buyers.Single(b => b.Code == "5AT");
        Assert.Equal(FescStage.Live, hillingdon.Stage);
        Assert.False(hillingdon.IsStalled);
    }

    [Fact]
    public async Task Buyers_long_in_one_stage_before_going_live_are_flagged_as_stalled()
    {
        var uptake = await fixture.SendAs(SliceFixture.National, new GetRegionUptake("Q31", YearEnd));

        Assert.Contains(uptake.Buyers, b => b.IsStalled);
        Assert.All(uptake.Buyers.Where(b => b.IsStalled), b => Assert.True(b.DaysInStage >= 90 && b.Stage < FescStage.Live));
        Assert.All(uptake.Buyers.Where(b => !b.IsStalled), b => Assert.True(b.DaysInStage < 90 || b.Stage >= FescStage.Live));
    }

    [Fact]
    public async Task Hillingdon_was_the_first_in_london_awarded_in_november_2007()
    {
        var uptake = await fixture.SendAs(SliceFixture.National, new GetRegionUptake("Q36", new DateOnly(2007, 11, 30)));

        Assert.Equal(1, uptake.PctsWithContractAwarded);
        Assert.Equal(1, uptake.ByList.Single(l => l.Name == "Micro list").Contracts);
        Assert.Equal(0, uptake.OverTime.Single(p => p.Month == new DateOnly(2007, 10, 1)).PctsWithContractAwarded);
        Assert.Equal(1, uptake.OverTime.Single(p => p.Month == new DateOnly(2007, 11, 1)).PctsWithContractAwarded);
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_the_counts_but_no_named_buyers()
    {
        var uptake = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetRegionUptake("Q36", YearEnd));

        Assert.Equal(RegionView.AggregatesOnly, uptake.View);
        Assert.Empty(uptake.Buyers);
        Assert.True(uptake.Pipeline.Sum(p => p.Buyers) > 0);
    }

    [Theory]
    [InlineData("sha")]
    [InlineData("pct")]
    public async Task Another_region_is_refused(string who)
    {
        var principal = SliceFixture.ByName(who);
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(principal, new GetRegionUptake("Q30", YearEnd)));
    }

    [Fact]
    public async Task An_unknown_sha_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.National, new GetRegionUptake("Q99", YearEnd)));
    }
}
