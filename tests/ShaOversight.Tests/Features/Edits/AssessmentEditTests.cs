using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Edits;

[Collection(EditableDatabase.Name)]
public sealed class AssessmentEditTests(SliceFixture fixture)
{
    private static readonly FinancialYear YearOne = new(2008);
    private static readonly FinancialYear YearTwo = new(2009);

    private Task<string> LondonPctAsync(int skip) => fixture.QueryAsync(db => db.Organisations
        .Where(o => o.Parent!.Code == "Q36" && Organisation.CommissionerKinds.Contains(o.Kind) && o.Code != "5AT")
        .OrderBy(o => o.Code).Skip(skip).Select(o => o.Code).FirstAsync());

    [Fact]
    public async Task Scores_are_recorded_with_blanks_kept_missing_and_governance_ratings_set()
    {
        var pct = await LondonPctAsync(0);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetAssessmentForEdit(pct, YearTwo));
        int?[] scores = [4, 3, null, 2, 2, 2, 2, 2, 2, 2, 1];

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordAssessment(pct, YearTwo, Rag.Green, Rag.Amber, null, scores, form.Version));

        Assert.True(outcome.Saved);
        var stored = await fixture.QueryAsync(db => db.Assessments.Where(a => a.Pct.Code == pct && a.AssessmentYear.Year == YearTwo)
            .Select(a => new { a.StrategyRag, a.FinanceRag, a.BoardRag, Scores = a.Scores.OrderBy(s => s.CompetencyNumber).Select(s => s.CompetencyNumber * 10 + s.Score).ToList() })
            .SingleAsync());
        Assert.Equal((Rag.Green, Rag.Amber, (Rag?)null), (stored.StrategyRag!.Value, stored.FinanceRag!.Value, stored.BoardRag));
        Assert.Equal([14, 23, 42, 52, 62, 72, 82, 92, 102, 111], stored.Scores);
        var audit = Assert.Single(await fixture.EditsOfAsync(form.Target));
        Assert.Equal(JsonNull, audit.Detail("after", "Scores")[2].ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task A_score_for_a_competency_the_round_did_not_rate_is_refused_beside_that_competency()
    {
        var pct = await LondonPctAsync(1);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetAssessmentForEdit(pct, YearOne));
        Assert.False(form.Competencies[10].Rated);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordAssessment(pct, YearOne, null, null, null, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3], form.Version)));

        Assert.Equal("Scores[10]", Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public async Task A_score_of_five_is_refused()
    {
        var pct = await LondonPctAsync(1);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordAssessment(pct, YearTwo, null, null, null, [5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 0)));

        Assert.Equal("Scores[0]", Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public async Task Two_assessors_from_the_same_version_cannot_overwrite_each_other()
    {
        var pct = await LondonPctAsync(2);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetAssessmentForEdit(pct, YearTwo));

        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordAssessment(pct, YearTwo, Rag.Red, Rag.Red, Rag.Red, form.Scores, form.Version));
        var second = await fixture.SendAs(SliceFixture.Administrator, new RecordAssessment(pct, YearTwo, Rag.Green, Rag.Green, Rag.Green, form.Scores, form.Version));

        Assert.True(first.Saved);
        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal(Rag.Red, second.Current.StrategyRag);
        Assert.Equal(Rag.Red, await fixture.QueryAsync(db => db.Assessments
            .Where(a => a.Pct.Code == pct && a.AssessmentYear.Year == YearTwo).Select(a => a.StrategyRag).SingleAsync()));
    }

    [Fact]
    public async Task A_london_analyst_cannot_assess_a_north_west_pct()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordAssessment("5HG", YearTwo, null, null, null, new int?[11], 0)));
    }
}
