using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Funnels;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Funnels;

[Collection(SeededDatabase.Name)]
public sealed class UptakeFunnelTests(SliceFixture fixture)
{
    private static ShaOverviewRow Sha(string code, int pcts, int awarded) => new(0, code, code + " SHA", pcts, awarded, 0, 0, 0, 0, 0, 0);

    [Fact]
    public void Shas_are_placed_against_exact_limits_around_englands_share_and_those_outside_are_named()
    {
        // England: 20 of 40 PCTs, so the target is 0.5. North: 20 of 20 PCTs, well above the 99.8% limit at n = 20 (0.813264).
        // South: 0 of 20, below the 99.8% lower limit (0.136736).
        var england = Sha("ENG", 40, 20);
        var overview = new EnglandOverview(new FinancialYear(2009), new DateOnly(2010, 3, 31), [Sha("N", 20, 20), Sha("S", 20, 0)], england);

        var funnel = UptakeFunnel.From(overview);

        Assert.Equal(0.5, funnel.Target);
        Assert.Equal(BinomialFunnel.Limits(0.5, 20), funnel.Points[0].Limits);
        Assert.Equal([FunnelPosition.Above998, FunnelPosition.Below998], funnel.Points.Select(p => p.Position));
        Assert.Equal("N SHA (20 of 20 PCTs, 100%) is above 99.8% limit. S SHA (0 of 20 PCTs, 0%) is below 99.8% limit.", funnel.OutsideInWords());
        Assert.True(funnel.Curve.Count >= 22);
    }

    [Fact]
    public void The_curve_steps_through_every_whole_denominator_for_small_shas_and_through_a_bounded_number_for_large_ones()
    {
        static UptakeFunnel Funnel(int widest) => UptakeFunnel.From(new EnglandOverview(new FinancialYear(2009), new DateOnly(2010, 3, 31),
            [Sha("N", widest, widest / 2), Sha("S", 8, 3)], Sha("ENG", widest + 8, widest / 2 + 3)));

        var demonstration = Funnel(31);
        Assert.Equal(Enumerable.Range(1, 34).Select(n => (double)n), demonstration.Curve.Select(l => l.Denominator));

        // 1,536 PCTs, London's at 100× England: the curve reaches as far, through no more limits than a small England's.
        var large = Funnel(1536);
        Assert.InRange(large.Curve.Count, UptakeFunnel.MostCurvePoints / 2, UptakeFunnel.MostCurvePoints + 1);
        Assert.Equal((1d, 1536d + 153), (large.Curve[0].Denominator, large.Curve[^1].Denominator));
        Assert.All(large.Curve, limits => Assert.Equal(BinomialFunnel.Limits(large.Target, (int)limits.Denominator), limits));
        Assert.Equal(BinomialFunnel.Limits(large.Target, 1536), large.Points[0].Limits);
    }

    [Fact]
    public async Task The_seeded_england_funnel_draws_as_svg_with_every_visible_sha()
    {
        var overview = await fixture.SendAs(SliceFixture.National, new GetEnglandOverview(new FinancialYear(2009), new DateOnly(2010, 3, 31)));
        var funnel = UptakeFunnel.From(overview);

        var svg = FunnelChart.Svg(funnel.Target, funnel.Curve,
            [.. funnel.Points.Select(p => new FunnelChartPoint(p.Name, p.PctCount, p.Share, p.Position, Href: $"/sha/{p.Code}?year=2009-10&x=1"))], "PCTs in the SHA", "Share with a contract");

        Assert.Equal(10, funnel.Points.Count);
        Assert.Contains("<svg", svg);
        Assert.Contains("95% limits", svg);
        Assert.NotEmpty(funnel.OutsideInWords());
        Assert.Equal(10, System.Text.RegularExpressions.Regex.Matches(svg, "<a class=\"funnel-point\"").Count);
        Assert.Contains("href=\"/sha/Q35?year=2009-10&amp;x=1\"", svg);
        Assert.NotNull(System.Xml.Linq.XDocument.Parse(svg));
    }

    [Fact]
    public async Task A_pct_chief_executives_funnel_holds_only_the_regions_their_overview_holds()
    {
        var overview = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetEnglandOverview(new FinancialYear(2009), new DateOnly(2010, 3, 31)));

        var funnel = UptakeFunnel.From(overview);

        Assert.Equal(overview.Regions.Select(r => r.Code), funnel.Points.Select(p => p.Code));
        Assert.True(funnel.Points.Count < 10);
    }
}
