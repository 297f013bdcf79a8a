using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ShaOversight.Tests.Features.Funnels;

[Collection(SeededDatabase.Name)]
public sealed class BoardPackFunnelsTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task An_sha_pack_carries_the_regions_three_funnels()
    {
        var pack = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q36", null, Year, YearEnd));
        var text = Text(pack.Content);

        Assert.Contains("5. NHS London against England: funnel plots", text);
        Assert.Contains("FESC uptake: each SHA's share", text);
        Assert.Contains("WCC composite 2009/10: the region's PCTs among all PCTs", text);
        // The heading is printed even when the section refuses; the pooled achievement only when it draws the funnel.
        Assert.Contains("around the region's pooled achievement", text);
        Assert.Contains("Hillingdon", text);
        // The seeded region's PCTs and contracts both vary beyond chance: the WCC caterpillar's limits, then the savings funnel's, are widened.
        Assert.Equal(["Limits widened for overdispersion: φ = 2.82", "Limits widened for overdispersion: φ = 11.55"], Regex.Matches(text, @"(No overdispersion \(φ = [0-9.]+\)|Limits widened for overdispersion: φ = [0-9.]+|Too few units)").Select(m => m.Value));
    }

    [Fact]
    public async Task An_sha_packs_uptake_funnel_holds_only_the_region_itself_as_its_users_england_overview_does()
    {
        var pack = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q36", null, Year, YearEnd));
        var text = Text(pack.Content);
        var start = text.IndexOf("FESC uptake: each SHA's share", StringComparison.Ordinal);
        var uptake = text[start..text.IndexOf("WCC composite", start, StringComparison.Ordinal)];
        var london = await fixture.QueryAsync(db => db.Organisations.Where(o => o.Code == "Q36").Select(o => new { o.Name, Pcts = o.Children.Count() }).SingleAsync());
        var otherShas = await fixture.QueryAsync(db => db.Organisations
            .Where(o => o.Kind == OrganisationKind.StrategicHealthAuthority && o.Code != "Q36").Select(o => o.Name).ToListAsync());

        Assert.Equal(9, otherShas.Count);
        Assert.Contains($"{london.Name} {london.Pcts} ", uptake);
        Assert.All(otherShas, name => Assert.DoesNotContain(name, uptake));
    }

    [Fact]
    public async Task A_pct_chief_executives_pack_places_their_pct_among_all_pcts_but_lists_no_other_pcts_contract()
    {
        var pack = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetBoardPack("Q36", "5AT", Year, YearEnd));
        var text = Text(pack.Content);
        var neighbours = await fixture.QueryAsync(db => db.Contracts
            .Where(c => c.Buyer.Code != "5AT" && !c.Coverage.Any(cv => cv.Pct.Code == "5AT"))
            .Select(c => c.Reference).ToListAsync());

        Assert.Contains("WCC composite 2009/10", text);
        Assert.Contains("this pack carries the region's totals only", text);
        Assert.All(neighbours, reference => Assert.DoesNotContain(reference, text));
    }
}
