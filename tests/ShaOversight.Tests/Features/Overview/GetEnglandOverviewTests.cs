using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Overview;

[Collection(SeededDatabase.Name)]
public sealed class GetEnglandOverviewTests(SliceFixture fixture)
{
    private static readonly GetEnglandOverview AtYearEnd = new(new FinancialYear(2009), new DateOnly(2010, 3, 31));

    [Fact]
    public async Task National_user_sees_all_ten_shas_and_england_totals_them()
    {
        var overview = await fixture.SendAs(SliceFixture.National, AtYearEnd);

        Assert.Equal(10, overview.Regions.Count);
        Assert.Equal(152, overview.England.PctCount);
        Assert.Equal(overview.Regions.Sum(r => r.ValidatedSavings), overview.England.ValidatedSavings);
        Assert.Equal(7, overview.England.Pilots);
    }

    [Fact]
    public async Task Figures_match_an_independent_count_from_the_rows_themselves()
    {
        var overview = await fixture.SendAs(SliceFixture.National, AtYearEnd);
        var london = overview.Regions.Single(r => r.Code == "Q36");
        var asAt = AtYearEnd.AsAt;

        // Worked out in memory from whole entities, a different path from the handler's SQL.
        var contracts = await fixture.QueryAsync(db => db.Contracts.AsNoTracking()
            .Include(c => c.Buyer).Include(c => c.Coverage).ThenInclude(c => c.Pct).Include(c => c.Returns).Include(c => c.TargetPhases)
            .ToListAsync());
        var londonId = london.ShaId;
        bool InLondon(Contract c) => (c.Buyer.ParentId ?? c.BuyerId) == londonId;

        var awardedPcts = contracts.Where(c => c.AwardedOn <= asAt).SelectMany(c => c.Coverage)
            .Where(c => c.Pct.ParentId == londonId).Select(c => c.PctId).Distinct().Count();
        Assert.Equal(awardedPcts, london.PctsWithContractAwarded);
        Assert.Equal(contracts.Count(c => InLondon(c) && c.StartsOn <= asAt && c.EndsOn >= asAt && c.AwardedOn <= asAt), london.ContractsLive);
        Assert.Equal(contracts.Where(InLondon).SelectMany(c => c.Returns).Where(r => r.Month <= asAt).Sum(r => r.Validated ?? 0), london.ValidatedSavings);
        Assert.Equal(contracts.Where(InLondon).SelectMany(c => c.TargetPhases).Where(p => p.Month <= asAt).Sum(p => p.Target), london.PhasedTarget);
        Assert.Equal(31, london.PctCount);
        Assert.Equal(1, london.Pilots);

        var londonScores = await fixture.QueryAsync(db => db.Assessments.AsNoTracking().Include(a => a.Scores).Include(a => a.AssessmentYear)
            .Where(a => a.Pct.ParentId == londonId).ToListAsync());
        var yearTwo = londonScores.Where(a => a.AssessmentYear.Year == AtYearEnd.Year).SelectMany(a => a.Scores).ToList();
        Assert.Equal((decimal)yearTwo.Sum(s => s.Score) / yearTwo.Count, london.MeanCompetencyScore);
    }

    [Fact]
    public async Task Hillingdon_alone_gives_london_its_first_award_in_november_2007()
    {
        var overview = await fixture.SendAs(SliceFixture.National, new GetEnglandOverview(new FinancialYear(2007), new DateOnly(2007, 11, 30)));
        var london = overview.Regions.Single(r => r.Code == "Q36");

        Assert.Equal(1, london.PctsWithContractAwarded);
        Assert.Equal(1m / 31, london.UptakeShare);
    }

    [Fact]
    public async Task Before_any_contract_there_is_nothing_to_divide_and_shares_stay_empty()
    {
        var overview = await fixture.SendAs(SliceFixture.National, new GetEnglandOverview(new FinancialYear(2007), new DateOnly(2007, 4, 30)));

        Assert.All(overview.Regions, r => Assert.Null(r.Achievement));
        Assert.All(overview.Regions, r => Assert.Equal(0, r.PctsWithContractAwarded));
        Assert.All(overview.Regions, r => Assert.Null(r.MeanCompetencyScore));
    }

    [Theory]
    [MemberData(nameof(RegionScopedUsers))]
    public async Task Region_and_pct_users_see_only_their_own_region_beside_the_national_totals(string who)
    {
        var principal = SliceFixture.ByName(who);
        var overview = await fixture.SendAs(principal, AtYearEnd);

        var only = Assert.Single(overview.Regions);
        Assert.Equal("Q36", only.Code);
        Assert.Equal(152, overview.England.PctCount);
    }

    public static TheoryData<string> RegionScopedUsers => new() { "sha", "analyst", "pct" };

    [Theory]
    [InlineData("sha", "Q36")]
    [InlineData("analyst", "Q36")]
    [InlineData("pct", "Q36")]
    [InlineData("national", null)]
    [InlineData("admin", null)]
    public async Task The_overview_names_the_viewers_own_sha_for_region_and_pct_roles_and_none_for_national_ones(string who, string? own)
    {
        // A national read first fills the shared cache; the viewer's SHA must still be their own, not the cached reader's.
        await fixture.SendAs(SliceFixture.National, AtYearEnd);

        var overview = await fixture.SendAs(SliceFixture.ByName(who), AtYearEnd);

        Assert.Equal(own, overview.ViewersShaCode);
        Assert.Equal(own is null ? [] : [own], UptakeFunnel.From(overview).Points.Where(p => p.IsViewers).Select(p => p.Code));
    }

    [Fact]
    public async Task A_user_with_no_role_is_refused_and_the_attempt_is_audited()
    {
        var before = await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "AccessDenied"));

        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.NoRole, AtYearEnd));

        Assert.Contains("no role", error.Reason);
        var after = await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "AccessDenied"));
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task A_board_member_whose_organisation_is_not_set_is_refused()
    {
        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.UnscopedBoardMember, AtYearEnd));
        Assert.Contains("needs an organisation", error.Reason);
    }

    [Fact]
    public async Task An_as_at_date_before_fesc_existed_is_refused_with_a_reason()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.National, new GetEnglandOverview(new FinancialYear(2005), new DateOnly(2005, 6, 1))));
        Assert.Contains("between 1 April 2007 and 31 March 2030", error.Message);
    }
}
