using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Assessments;

[Collection(SeededDatabase.Name)]
public sealed class GetRegionAssessmentsTests(SliceFixture fixture)
{
    [Fact]
    public async Task Every_london_pct_has_a_row_of_eleven_with_missing_scores_left_null()
    {
        var result = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionAssessments("Q36", new FinancialYear(2009)));

        Assert.Equal(2, result.Round);
        Assert.Equal(31, result.Pcts.Count);
        Assert.All(result.Pcts, p => Assert.Equal(11, p.Scores.Count));
        var stored = await fixture.QueryAsync(db => db.CompetencyScores.CountAsync(s =>
            db.Assessments.Any(a => a.Id == s.AssessmentId && a.AssessmentYear.Year == new FinancialYear(2009) && a.Pct.Parent!.Code == "Q36")));
        Assert.Equal(stored, result.Pcts.Sum(p => p.Scores.Count(s => s is not null)));
        Assert.All(result.Pcts.SelectMany(p => p.Scores), s => Assert.True(s is null or >= 1 and <= 4));
    }

    [Fact]
    public async Task Year_one_leaves_competency_11_unrated_and_movement_compares_the_two_rounds()
    {
        var yearOne = await fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q36", new FinancialYear(2008)));
        var yearTwo = await fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q36", new FinancialYear(2009)));

        Assert.False(yearOne.Competencies[10].Rated);
        Assert.All(yearOne.Pcts, p => Assert.Null(p.Scores[10]));
        Assert.All(yearOne.Pcts, p => Assert.Null(p.Movement));
        var pct = yearTwo.Pcts.First(p => p.Movement is not null);
        Assert.Equal(pct.MeanScore - yearOne.Pcts.Single(p => p.Code == pct.Code).MeanScore, pct.Movement);
    }

    [Fact]
    public async Task Medians_come_from_the_scores_given()
    {
        var result = await fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q36", new FinancialYear(2009)));

        var firstCompetency = result.Pcts.Select(p => p.Scores[0]).OfType<int>().Order().ToList();
        var middle = (firstCompetency[(firstCompetency.Count - 1) / 2] + firstCompetency[firstCompetency.Count / 2]) / 2m;
        Assert.Equal(middle, result.RegionMedians[0]);
        Assert.All(result.NationalMedians, m => Assert.InRange(m!.Value, 1m, 4m));
    }

    [Fact]
    public async Task A_year_without_a_round_says_so()
    {
        var result = await fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q36", new FinancialYear(2007)));

        Assert.Null(result.Round);
        Assert.All(result.Pcts, p => Assert.All(p.Scores, Assert.Null));
    }

    [Fact]
    public async Task A_pct_chief_executive_may_read_peers_ratings_in_their_own_region_only()
    {
        var own = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetRegionAssessments("Q36", new FinancialYear(2009)));
        Assert.Equal(31, own.Pcts.Count);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetRegionAssessments("Q35", new FinancialYear(2009))));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3 }, new[] { 1, 1, 1 }, 2.0)]
    [InlineData(new[] { 1, 2, 3, 4 }, new[] { 1, 1, 1, 1 }, 2.5)]
    [InlineData(new[] { 2, 3 }, new[] { 5, 1 }, 2.0)]
    [InlineData(new int[0], new int[0], null)]
    public void The_median_is_read_off_the_histogram(int[] scores, int[] counts, double? median)
    {
        Assert.Equal((decimal?)median, CompetencyMedians.Median(scores.Zip(counts)));
    }
}
