using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>The funnels through HTTP, as a PCT chief executive: every PCT's composite, and no other PCT's contract.</summary>
[Collection(SharedApp.Name)]
public sealed class FunnelAccessTests(AppFactory app)
{
    private const string Period = "year=2009-10&asAt=2010-03-31";

    private async Task<(List<string> References, List<string> Suppliers)> OtherPctsContractsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var others = db.Contracts.Where(c => c.Buyer.Code != "5AT" && !c.Coverage.Any(cv => cv.Pct.Code == "5AT"));
        return (await others.Select(c => c.Reference).ToListAsync(), await others.Select(c => c.Supplier.Name).Distinct().ToListAsync());
    }

    [Fact]
    public async Task A_pct_chief_executives_wcc_funnel_page_and_download_place_every_pct_and_carry_no_other_pcts_contract()
    {
        using var client = await app.SignedInClientAsync("pct");
        var (references, suppliers) = await OtherPctsContractsAsync();

        var page = await client.GetStringAsync($"/wcc/funnel?{Period}");
        var csv = await client.GetStringAsync($"/exports/wcc-funnel.csv?{Period}");

        Assert.Contains("Hillingdon", page);
        Assert.Contains("(yours)", page);
        Assert.Contains("Knowsley", page); // a PCT in another region, by its ratings only
        Assert.Contains("95% lower limit", csv);
        Assert.True(csv.Split('\n').Length > 140);
        foreach (var text in new[] { page, csv })
        {
            Assert.All(references, reference => Assert.DoesNotContain(reference, text));
            Assert.All(suppliers, supplier => Assert.DoesNotContain(supplier, text));
            Assert.DoesNotContain("FESC-", text);
        }
    }

    [Fact]
    public async Task A_pct_chief_executives_savings_funnel_download_is_empty_for_their_region_and_refused_for_another()
    {
        using var client = await app.SignedInClientAsync("pct");

        var own = await client.GetAsync($"/exports/savings-funnel.csv?sha=Q36&{Period}");
        var other = await client.GetAsync($"/exports/savings-funnel.csv?sha=Q35&{Period}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var lines = (await own.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("99.8% upper limit", Assert.Single(lines));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData("national", "/exports/uptake-funnel.csv")]
    [InlineData("sha", "/exports/savings-funnel.xlsx?sha=Q36")]
    [InlineData("analyst", "/exports/wcc-funnel.xlsx")]
    public async Task Each_funnel_downloads_for_those_who_see_its_page(string demoUser, string path)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        var response = await client.GetAsync($"{path}{(path.Contains('?') ? '&' : '?')}{Period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
