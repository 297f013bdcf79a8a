using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// Row-level access through HTTP: each role against its own and others' regions, PCTs and
/// contracts. A refusal is a 403 with a plain message and an audit entry, never data; a PCT or
/// contract outside the user's scope answers exactly as a missing one does (404), so the answer
/// does not reveal which codes and ids exist.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class DashboardAccessTests(AppFactory app)
{
    private const string Refused = "outside the organisations your role covers";

    public static TheoryData<string, string, int, string> Matrix() => new()
    {
        // SHA pages: national roles anywhere; London's roles in London only.
        { "national", "/sha/Q30", 200, "NHS North East" },
        { "admin", "/sha/Q30?lens=savings", 200, "Contracts in the region" },
        { "sha", "/sha/Q36", 200, "Buyers and how long" },
        { "analyst", "/sha/Q36?lens=savings", 200, "Contracts in the region" },
        { "sha", "/sha/Q30", 403, Refused },
        { "analyst", "/sha/Q39?lens=assurance", 403, Refused },
        // A PCT chief executive sees the region's totals and peers' ratings, but no one else's buyers or contracts.
        { "pct", "/sha/Q36", 200, "Named buyers and their contracts are shown to the SHA" },
        { "pct", "/sha/Q36?lens=savings", 200, "You see the region's totals" },
        { "pct", "/sha/Q36?lens=assurance", 200, "Competency scores by PCT" },
        { "pct", "/sha/Q30", 403, Refused },
        // PCT pages.
        { "pct", "/pct/5AT", 200, "Contracts serving this PCT" },
        { "pct", "/pct/5A9", 200, "This is a peer PCT" },
        // Outside the scope: the same answer as an unknown code (PageRefusalTests compares the two pages).
        { "pct", "/pct/5ND", 404, "" },
        { "sha", "/pct/5A9", 200, "Contracts serving this PCT" },
        { "sha", "/pct/5ND", 404, "" },
        { "national", "/pct/5ND", 200, "Contracts serving this PCT" },
        // Drill filters: carried in the address, checked, and never a way round the scope.
        { "sha", "/sha/Q36?lens=uptake&stage=board-approved", 200, "whose current stage is <strong>Board approved</strong>" },
        { "sha", "/sha/Q36?lens=uptake&stage=signed", 400, "&#x27;signed&#x27; is not a FESC stage" },
        { "analyst", "/sha/Q36?lens=savings&list=micro", 200, "on the Micro list" },
        { "analyst", "/sha/Q36?lens=savings&area=PMSR", 200, "covering performance management, settlement and review" },
        { "analyst", "/sha/Q36?lens=savings&list=NANO", 400, "&#x27;NANO&#x27; is not a FESC supplier list" },
        { "sha", "/sha/Q36?lens=savings&area=XX", 400, "&#x27;XX&#x27; is not a FESC service area" },
        { "sha", "/sha/Q36?lens=savings&month=2008-13", 400, "is not a month" },
        { "sha", "/sha/Q36?lens=savings&asAt=2009-01-31&year=2008-09&month=2009-03", 400, "after the as-at date" },
        { "sha", "/sha/Q36?lens=savings&month=2008-06", 200, "June 2008: the contracts behind it" },
        { "pct", "/sha/Q36?lens=savings&list=MACRO&month=2008-06", 200, "Each contract's return is shown to the SHA" },
        { "pct", "/sha/Q30?lens=savings&list=MICRO&month=2008-06", 403, Refused },
        { "pct", "/pct/5AT?month=2008-06", 200, "June 2008: the contracts behind it" },
        { "pct", "/pct/5AT?month=June", 400, "is not a month" },
        { "pct", "/pct/5A9?month=2008-06", 200, "This is a peer PCT" },
        { "pct", "/pct/5ND?month=2008-06", 404, "" },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_sees_what_its_scope_allows_and_nothing_else(string demoUser, string path, int status, string text)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        using var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(text, html);
    }

    [Fact]
    public async Task The_hillingdon_chief_executive_reads_the_bupa_contract_but_not_a_neighbours()
    {
        var (hillingdon, neighbour) = await ContractIdsAsync();
        using var client = await app.SignedInClientAsync("pct");

        using var own = await client.GetAsync($"/contracts/{hillingdon}");
        using var other = await client.GetAsync($"/contracts/{neighbour}");
        var refused = await other.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("BUPA Commissioning", await own.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("FESC-", refused);
        Assert.DoesNotContain("Monthly returns", refused);
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_no_neighbours_contract_through_a_savings_filter_or_month()
    {
        var neighbour = await NeighbourReferenceAsync();
        using var client = await app.SignedInClientAsync("pct");

        using var response = await client.GetAsync("/sha/Q36?lens=savings&month=2008-06&area=PMSR");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("June 2008: the contracts behind it", html);
        Assert.DoesNotContain(neighbour, html);
        Assert.DoesNotContain("FESC-5AT-001", html);
    }

    [Fact]
    public async Task A_tampered_contract_id_is_audited()
    {
        var (_, neighbour) = await ContractIdsAsync();
        using var client = await app.SignedInClientAsync("pct");
        var before = await AuditCountAsync();

        await client.GetAsync($"/contracts/{neighbour}");

        Assert.True(await AuditCountAsync() > before);
    }

    private async Task<(int Hillingdon, int Neighbour)> ContractIdsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var hillingdon = await db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync();
        var neighbour = await db.Contracts.Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT").Select(c => c.Id).FirstAsync();
        return (hillingdon, neighbour);
    }

    private async Task<string> NeighbourReferenceAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Contracts.Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT").Select(c => c.Reference).FirstAsync();
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == "AccessDenied" && e.UserName == "Demo: Hillingdon PCT chief executive");
    }
}
