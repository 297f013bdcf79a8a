using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Funnels;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Funnels;

[Collection(SeededDatabase.Name)]
public sealed class WccFunnelTests(SliceFixture fixture)
{
    private static PctCompositeRow Pct(string code, int competencyPoints, int scored, int governancePoints, int ratings, string sha = "Q36") =>
        new(code, $"PCT {code}", sha, new WccComposite(competencyPoints, scored, 10, governancePoints, ratings, []));

    private static WccComposites Round(string? viewerPct, string? viewerSha, params PctCompositeRow[] pcts) =>
        new(new FinancialYear(2009), 2, [], pcts, viewerPct, viewerSha);

    [Fact]
    public void Five_hand_scored_pcts_give_englands_composite_each_pcts_limits_and_their_ranks()
    {
        // England pools the points: competencies 79 of 3 × 49 = 0.537415, governance 19 of 2 × 14 = 0.678571,
        //   composite 50 × (0.537415 + 0.678571) = 60.799320.
        // P1 (20 of 30, 5 of 6): (66.667 + 83.333) / 2 = 75. s = 50 √(0.537415 · 0.462585 / 30 + 0.678571 · 0.321429 / 6) = 10.563938.
        // P4 (16 of 27, 3 of 4) is rated on fewer items: s = 12.622943, so its limits are wider.
        // z-scores 1.344, −1.180, 0.082, 0.501, −0.707 give φ = 0.55 < 1: no adjustment, so 60.799 ± 1.959964 s.
        var funnel = WccFunnel.From(Round("P4", "Q36",
            Pct("P1", 20, 10, 5, 3), Pct("P2", 14, 10, 3, 3), Pct("P3", 17, 10, 4, 3), Pct("P4", 16, 9, 3, 2), Pct("P5", 12, 10, 4, 3),
            Pct("P6", 0, 0, 4, 3)));

        Assert.Equal(60.799320, funnel.England, 5);
        Assert.False(funnel.Overdispersion.Applied);
        var p1 = funnel.Points.Single(p => p.Pct.Code == "P1");
        Assert.Equal(75, p1.Score, 9);
        Assert.Equal(10.563938, p1.StandardError, 5);
        Assert.Equal(40.094382, p1.Limits.Lower95, 5);
        Assert.Equal(81.504257, p1.Limits.Upper95, 5);
        Assert.Equal(93.444338, p1.Limits.Upper998, 5);
        var p4 = funnel.Points.Single(p => p.Pct.Code == "P4");
        Assert.Equal(36.058806, p4.Limits.Lower95, 5);
        Assert.Equal(85.539833, p4.Limits.Upper95, 5);
        // Ranked lowest first: P2 48.3, P5 53.3, P3 61.7, P4 67.1, P1 75.
        Assert.Equal(["P2", "P5", "P3", "P4", "P1"], funnel.Points.Select(p => p.Pct.Code));
        Assert.All(funnel.Points, p => Assert.Equal(FunnelPosition.Within, p.Position));
        // P6 has no competency scored: left out, never a nought.
        Assert.Equal("P6", Assert.Single(funnel.WithoutComposite).Code);
        Assert.True(p4.IsViewersPct);
        Assert.StartsWith("PCT P4 scores 67.1 against England's 60.8, ranked 2 of 5: within limits.", funnel.ViewerInWords());
    }

    [Fact]
    public void Pcts_spread_beyond_chance_widen_the_limits_and_say_so()
    {
        var funnel = WccFunnel.From(Round(null, null,
            Pct("P1", 24, 10, 6, 3), Pct("P2", 10, 10, 2, 3), Pct("P3", 15, 10, 3, 3), Pct("P4", 20, 9, 4, 2)));

        // φ = 4.073220 from the winsorised z-scores 2.513, −2.876, −1.291, 1.866; τ² = 533.13 on the composite's scale.
        Assert.True(funnel.Overdispersion.Applied);
        Assert.Equal(4.073220, funnel.Overdispersion.Phi, 5);
        Assert.Contains("widened for overdispersion", funnel.Overdispersion.Describe());
        // 63.578 + 1.96 · √(10.5145² + 533.13) is beyond the scale's end: held at 100.
        Assert.Equal(100, funnel.Points[0].Limits.Upper95);
        Assert.Null(funnel.ViewerInWords());
    }

    [Fact]
    public async Task A_pct_chief_executives_funnel_places_their_pct_among_every_pct_and_links_only_what_they_may_open()
    {
        var composites = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetWccComposites(new FinancialYear(2009)));

        var funnel = WccFunnel.From(composites);

        var own = Assert.Single(funnel.Points, p => p.IsViewersPct);
        Assert.Equal("5AT", own.Pct.Code);
        Assert.True(funnel.Points.Count > 140);
        Assert.Contains(funnel.Points, p => p.Pct.ShaCode != "Q36");
        Assert.Equal(["5AT"], funnel.Points.Where(p => p.Pct.CanOpenPct).Select(p => p.Pct.Code));
        Assert.Equal(["Q36"], funnel.Points.Where(p => p.Pct.CanOpenSha).Select(p => p.Pct.ShaCode).Distinct());
        Assert.Contains("ranked", funnel.ViewerInWords());
        // Points, limits and rows hold ratings and their statistics only: no member can carry a contract's figures.
        string[] members = [.. new[] { typeof(WccFunnel), typeof(WccFunnelPoint), typeof(PctCompositeRow), typeof(FunnelLimits) }
            .SelectMany(t => t.GetProperties()).Select(p => p.PropertyType.Name + " " + p.Name)];
        Assert.DoesNotContain(members, m => m.Contains("Contract") || m.Contains("Saving") || m.Contains("Supplier") || m.Contains("Validated"));
    }
}
