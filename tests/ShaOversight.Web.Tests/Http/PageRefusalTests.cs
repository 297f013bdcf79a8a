using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// A page or download the role may not open is refused before any message is sent; the refusal
/// is still audited, exactly once, and the user is told what their role may not do.
/// </summary>
[Collection(SharedApp.Name)]
public sealed partial class PageRefusalTests(AppFactory app)
{
    [Theory]
    [InlineData("/imports", "As a PCT chief executive you may not load data.")]
    [InlineData("/audit", "As a PCT chief executive you may not read the audit log.")]
    [InlineData("/pct/5AT/assessment?year=2009-10", "As a PCT chief executive you may not change data.")]
    public async Task A_pct_chief_executive_refused_a_page_is_audited_once_and_told_what_the_role_may_not_do(string path, string explanation)
    {
        using var client = await app.SignedInClientAsync("pct");
        var before = await RefusalsAsync();

        var refused = await client.GetAsync(path);
        var deniedPage = await client.GetAsync(refused.Headers.Location);
        var html = WebUtility.HtmlDecode(await deniedPage.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        Assert.Contains(explanation, html);
        Assert.DoesNotContain("no ShaOversight role", html);
        Assert.Equal(before + 1, await RefusalsAsync());
        var entry = await LatestRefusalAsync();
        Assert.Equal(path.Split('?')[0], entry.Target);
        Assert.Equal("Demo: Hillingdon PCT chief executive", entry.UserName);
    }

    [Theory]
    [InlineData("pct", "/sha/Q35?lens=savings")]
    [InlineData("pct", "/sha/Q35?lens=uptake")]
    [InlineData("sha", "/sha/Q35?lens=assurance")]
    public async Task Another_regions_lens_is_refused_with_an_explanation_and_audited_once(string demoUser, string path)
    {
        using var client = await app.SignedInClientAsync(demoUser);
        var before = await RefusalsAsync();

        var refused = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("outside the organisations your role covers", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before + 1, await RefusalsAsync());
        Assert.Equal("SHA Q35", (await LatestRefusalAsync()).Target);
    }

    [Fact]
    public async Task A_refused_download_is_audited_once_and_answers_as_a_missing_contract_would()
    {
        var neighbour = await NeighbourContractAsync();
        using var client = await app.SignedInClientAsync("pct");
        var before = await RefusalsAsync();

        var refused = await client.GetAsync($"/exports/contract-months.csv?contract={neighbour}&year=2009-10&asAt=2010-03-31");
        var missing = await client.GetAsync("/exports/contract-months.csv?contract=999999&year=2009-10&asAt=2010-03-31");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(missing.StatusCode, refused.StatusCode);
        Assert.Equal((await missing.Content.ReadAsStringAsync()).Replace("999999", $"{neighbour}"), await refused.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await RefusalsAsync());
    }

    [Fact]
    public async Task An_out_of_scope_pct_page_is_the_missing_pct_page_with_the_code_changed()
    {
        using var client = await app.SignedInClientAsync("sha");
        await AssertAnsweredAsMissingAsync(client, "/pct/5ND", "/pct/5XX", "5ND", "5XX", "County Durham");
    }

    [Fact]
    public async Task An_out_of_scope_contract_page_is_the_missing_contract_page_with_the_id_changed()
    {
        using var client = await app.SignedInClientAsync("pct");
        var neighbour = await NeighbourContractAsync();
        var before = await RefusalsAsync();

        await AssertAnsweredAsMissingAsync(client, $"/contracts/{neighbour}", "/contracts/999999", $"{neighbour}", "999999", "FESC-");
        Assert.Equal(before + 1, await RefusalsAsync());
    }

    private static async Task AssertAnsweredAsMissingAsync(HttpClient client, string refusedPath, string missingPath, string refusedKey, string missingKey, string hidden)
    {
        var refused = await client.GetAsync(refusedPath);
        var missing = await client.GetAsync(missingPath);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(missing.StatusCode, refused.StatusCode);
        var refusedText = VisibleText(await refused.Content.ReadAsStringAsync());
        Assert.Equal(VisibleText(await missing.Content.ReadAsStringAsync()).Replace(missingKey, refusedKey), refusedText);
        Assert.DoesNotContain(hidden, refusedText);
    }

    /// <summary>What a person would read: no tags, comments (Blazor's markers and state) or attribute values (tokens).</summary>
    private static string VisibleText(string html) =>
        Whitespace().Replace(Markup().Replace(html, " "), " ").Trim();

    [GeneratedRegex("<!--.*?-->|<script.*?</script>|<style.*?</style>|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private async Task<int> NeighbourContractAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Contracts.Where(c => c.Buyer.Parent!.Code == "Q36" && !c.Coverage.Any(cv => cv.Pct.Code == "5AT"))
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }

    private async Task<int> RefusalsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied);
    }

    private async Task<Core.Domain.AuditEntry> LatestRefusalAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(e => e.Action == AuditLog.AccessDenied).OrderByDescending(e => e.Id).FirstAsync();
    }
}
