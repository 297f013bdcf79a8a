using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Funnels;

[Collection(EditableDatabase.Name)]
public sealed class GetWccCompositesTests(SliceFixture fixture)
{
    private static readonly FinancialYear YearOne = new(2008);
    private const string Knowsley = "5J4";

    [Fact]
    public async Task A_hand_scored_pct_gets_the_composite_worked_out_by_hand_with_what_was_left_out_said()
    {
        // Round 1 rated competencies 1 to 10 (11 was not rated). Knowsley: competency 5 missing, 11 unrated.
        var form = await fixture.SendAs(SliceFixture.Administrator, new GetAssessmentForEdit(Knowsley, YearOne));
        int?[] levels = [3, 3, 2, 2, null, 1, 3, 2, 2, 2, null];
        await fixture.SendAs(SliceFixture.Administrator,
            new RecordAssessment(Knowsley, YearOne, Rag.Green, Rag.Amber, null, levels, form.Version));

        var composites = await fixture.SendAs(SliceFixture.National, new GetWccComposites(YearOne));
        var knowsley = composites.Pcts.Single(p => p.Code == Knowsley).Composite;

        // Competencies: points = level − 1 = 2+2+1+1+0+2+1+1+1 = 11 from 9 scored; 11 / (3 × 9) × 100 = 40.7407.
        // Governance: green 2 + amber 1 = 3 from 2 ratings (board not given); 3 / (2 × 2) × 100 = 75.
        // Composite: (40.7407 + 75) / 2 = 57.8704.
        Assert.Equal((11, 9, 10), (knowsley.CompetencyPoints, knowsley.CompetenciesScored, knowsley.CompetenciesInRound));
        Assert.Equal((3, 2), (knowsley.GovernancePoints, knowsley.GovernanceRatings));
        Assert.Equal(40.7407m, Math.Round(knowsley.CompetencyHalf!.Value, 4));
        Assert.Equal(75m, knowsley.GovernanceHalf);
        Assert.Equal(57.8704m, Math.Round(knowsley.Score!.Value, 4));
        Assert.Equal("Competency 11 not rated this round; scored on 9 of the round's 10 competencies; 2 of 3 governance ratings given.",
            knowsley.Note);
        Assert.Equal([11], composites.UnratedInRound);
        Assert.Equal(1, composites.Round);
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_every_pcts_composite_with_their_own_marked_and_no_contract_figures()
    {
        var composites = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetWccComposites(new FinancialYear(2009)));

        Assert.Equal("5AT", composites.ViewerPctCode);
        Assert.Equal("Q36", composites.ViewerShaCode);
        Assert.True(composites.Pcts.Count > 140, $"only {composites.Pcts.Count} PCTs");
        Assert.Contains(composites.Pcts, p => p.ShaCode != "Q36");
        // The rows are built from published ratings only: no member of them can carry a contract's figures.
        string[] members = [.. typeof(PctCompositeRow).GetProperties().Concat(typeof(WccComposite).GetProperties()).Select(p => p.Name)];
        Assert.DoesNotContain(members, m => m.Contains("Contract") || m.Contains("Saving") || m.Contains("Supplier") || m.Contains("Target"));
    }

    [Fact]
    public async Task A_national_user_has_no_own_pct_or_region_to_highlight()
    {
        var composites = await fixture.SendAs(SliceFixture.National, new GetWccComposites(new FinancialYear(2009)));

        Assert.Null(composites.ViewerPctCode);
        Assert.Null(composites.ViewerShaCode);
        Assert.Empty(composites.UnratedInRound);
        Assert.All(composites.Pcts, p => Assert.InRange(p.Composite.Score ?? 0, 0, 100));
    }

    [Fact]
    public void A_pct_with_no_governance_rating_has_no_composite_rather_than_a_zero()
    {
        var composite = new WccComposite(CompetencyPoints: 30, CompetenciesScored: 10, CompetenciesInRound: 10,
            GovernancePoints: 0, GovernanceRatings: 0, UnratedInRound: []);

        Assert.Equal(100m, composite.CompetencyHalf);
        Assert.Null(composite.GovernanceHalf);
        Assert.Null(composite.Score);
        Assert.EndsWith("no composite: a half has nothing rated.", composite.Note);
    }
}
