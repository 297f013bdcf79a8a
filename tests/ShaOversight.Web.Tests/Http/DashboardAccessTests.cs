using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// Row-level access through HTTP: each role against its own and others' regions, PCTs and
/// contracts. A refusal is a 403 with a plain message and an audit entry, never data.
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
        { "pct", "/pct/5ND", 403, Refused },
        { "sha", "/pct/5A9", 200, "Contracts serving this PCT" },
        { "sha", "/pct/5ND", 403, Refused },
        { "national", "/pct/5ND", 200, "Contracts serving this PCT" },
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
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains(Refused, refused);
        Assert.DoesNotContain("Monthly returns", refused);
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

    private async Task<int> AuditCountAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == "AccessDenied" && e.UserName == "Demo: Hillingdon PCT chief executive");
    }
}
