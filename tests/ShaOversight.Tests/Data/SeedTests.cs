using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Data;

[Collection(SeededDatabase.Name)]
public sealed class SeedTests(SliceFixture fixture)
{
    [Fact]
    public async Task Seeds_the_real_2008_organisations()
    {
        var counts = await fixture.QueryAsync(db => db.Organisations.GroupBy(o => o.Kind)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count));

        Assert.Equal(10, counts[OrganisationKind.StrategicHealthAuthority]);
        Assert.Equal(152, counts[OrganisationKind.PrimaryCareTrust] + counts[OrganisationKind.CareTrust] + counts[OrganisationKind.CareTrustPlus]);
        Assert.Equal(1, counts[OrganisationKind.CommissioningSupportAgency]);
    }

    [Theory]
    [InlineData("Q30", 12)]
    [InlineData("Q31", 24)]
    [InlineData("Q32", 14)]
    [InlineData("Q33", 9)]
    [InlineData("Q34", 17)]
    [InlineData("Q35", 14)]
    [InlineData("Q36", 31)]
    [InlineData("Q37", 8)]
    [InlineData("Q38", 9)]
    [InlineData("Q39", 14)]
    public async Task Each_sha_has_its_published_number_of_pcts(string shaCode, int pcts)
    {
        var count = await fixture.QueryAsync(db => db.Organisations
            .CountAsync(o => o.Parent!.Code == shaCode && Organisation.CommissionerKinds.Contains(o.Kind)));
        Assert.Equal(pcts, count);
    }

    [Fact]
    public async Task Hillingdon_pays_bupa_350_thousand_a_year_for_three_years_to_save_11_million()
    {
        var contract = await fixture.QueryAsync(db => db.Contracts.Include(c => c.Supplier).Include(c => c.TargetPhases)
            .SingleAsync(c => c.Buyer.Code == "5AT" && c.Source != null));

        Assert.Equal("BUPA Commissioning", contract.Supplier.Name);
        Assert.Equal(350_000m, contract.AnnualFee);
        Assert.Equal(36, contract.TermMonths);
        Assert.Equal(11_000_000m, contract.SavingsTarget);
        Assert.Equal(11_000_000m, contract.TargetPhases.Sum(p => p.Target));
        Assert.Contains("seeds/001", contract.Source);
    }

    [Theory]
    [InlineData("Q35", 14)]
    [InlineData("WMCBSA", 17)]
    public async Task Region_wide_buyers_cover_every_pct_they_bought_for(string buyerCode, int pcts)
    {
        var covered = await fixture.QueryAsync(db => db.ContractCoverage.CountAsync(c => db.Contracts.Any(k => k.Id == c.ContractId && k.Buyer.Code == buyerCode)));
        Assert.Equal(pcts, covered);
    }

    [Fact]
    public async Task The_seven_pilots_are_seeded_with_sources_and_lessons()
    {
        var pilots = await fixture.QueryAsync(db => db.Pilots.Select(p => new { p.Organisation.Code, p.Source, Lessons = p.Lessons.Count, Milestones = p.Milestones.Count }).ToListAsync());

        Assert.Equal(["5AT", "5HG", "5PP", "5QC", "Q35", "TAN", "WMCBSA"], pilots.Select(p => p.Code).Order().ToArray());
        Assert.All(pilots, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.All(pilots, p => Assert.True(p.Milestones >= 7));
        Assert.True(pilots.Sum(p => p.Lessons) >= 8);
    }

    [Fact]
    public async Task Survey_and_article_figures_are_kept_with_their_source()
    {
        var facts = await fixture.QueryAsync(db => db.PublishedFacts.ToListAsync());

        Assert.Contains(facts, f => f.Value == 93 && f.Unit == "respondents");
        Assert.Contains(facts, f => f.Value == 74 && f.Unit == "PCTs");
        Assert.Contains(facts, f => f.Value == 61 && f.Unit == "per cent");
        Assert.Contains(facts, f => f.Value == 43 && f.Topic == "West Midlands Commissioning Business Support Agency");
        Assert.All(facts, f => Assert.Matches(@"seeds/00\d", f.Source));
    }

    [Fact]
    public async Task Year_one_scores_are_mostly_one_or_two_with_no_fours_and_competency_11_unrated()
    {
        var scores = await fixture.QueryAsync(db => db.CompetencyScores
            .Join(db.Assessments, s => s.AssessmentId, a => a.Id, (s, a) => new { s.Score, s.CompetencyNumber, a.AssessmentYear.RoundNumber })
            .ToListAsync());
        var yearOne = scores.Where(s => s.RoundNumber == 1).ToList();
        var yearTwo = scores.Where(s => s.RoundNumber == 2).ToList();

        Assert.DoesNotContain(yearOne, s => s.Score == 4);
        Assert.DoesNotContain(yearOne, s => s.CompetencyNumber == 11);
        Assert.InRange(yearOne.Average(s => s.Score), 1.0, 2.0);
        Assert.True(yearOne.Count(s => s.Score <= 2) > yearOne.Count * 0.7);
        Assert.InRange(yearTwo.Average(s => s.Score), 2.0, 3.0);
        Assert.Contains(yearTwo, s => s.CompetencyNumber == 11);
        // Some scores are missing, and missing means no row, never a zero.
        Assert.True(yearOne.Count < 152 * 10);
        Assert.All(scores, s => Assert.InRange(s.Score, 1, 4));
    }

    [Fact]
    public async Task The_seed_records_that_its_figures_are_demonstration_data()
    {
        var origin = await fixture.SendAs(SliceFixture.LondonBoard, new ShaOversight.Core.Features.Shell.GetDataOrigin());

        Assert.True(origin.IsDemonstration);
        Assert.Contains($"seed {ShaOversight.Core.Data.Seeding.DemoRandom.DefaultSeed}", origin.Description);
    }

    [Fact]
    public async Task Returns_never_run_past_the_end_of_the_data_or_outside_a_contract_term()
    {
        var outside = await fixture.QueryAsync(db => db.MonthlyReturns
            .CountAsync(r => r.Month > new DateOnly(2010, 3, 1) || r.Month < r.Contract.StartsOn.AddDays(1 - r.Contract.StartsOn.Day) || r.Month > r.Contract.EndsOn));
        var total = await fixture.QueryAsync(db => db.MonthlyReturns.CountAsync());

        Assert.Equal(0, outside);
        Assert.True(total > 200, $"expected a few hundred monthly returns, found {total}");
    }
}
