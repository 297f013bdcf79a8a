using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Security;
using ShaOversight.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// A download is exactly the table on screen (issue 15): every role opens every page, with its
/// filters, drills, page and order, and each table on it is compared with its own download link's
/// file. Pages a role may not open are skipped; each role's walk is made once and read by all three tests.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class PageTablesMatchDownloadsTests(AppFactory app, PageTableWalks walks, ITestOutputHelper output) : IClassFixture<PageTableWalks>
{
    /// <summary>
    /// Tables a page may draw by hand, and why: each is found by a selector matching the table or
    /// an element around it.
    /// </summary>
    private static readonly IReadOnlyList<(string Selector, string Reason)> HandDrawn =
    [
        ("table.audit-table", "The audit log: paged and filtered by its own form, with its own download (/audit/entries.csv), and no table key."),
        ("section[aria-labelledby=step-template]", "The load-data page's description of a template's columns: help text, not data."),
        ("section.month-panel", "A month drill's contracts: a view of the savings lens's and a PCT's returns for one month, which has no download of its own yet (each contract's months download from its page)."),
        ("section[aria-labelledby=milestone-chart-title]", "The pilot tracker's milestone chart's figures: the same counts as the pilots table's milestone columns, which download as 'pilots'."),
    ];

    public static TheoryData<string> Roles()
    {
        var roles = new TheoryData<string>();
        foreach (var user in DemoUsers.All) roles.Add(user.Key);
        return roles;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_defined_table_a_role_is_shown_holds_exactly_what_its_download_link_gives(string role)
    {
        var walk = await WalkAsync(role);
        output.WriteLine(walk.Summary);

        Assert.True(walk.Problems.Count == 0, string.Join(Environment.NewLine, walk.Problems.Take(30)));
        Assert.NotEmpty(walk.Compared);
    }

    [Fact]
    public async Task Every_table_in_the_catalogue_is_compared_with_a_page_for_some_role()
    {
        var compared = (await WalkEveryRoleAsync()).SelectMany(w => w.Compared).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        var missing = TableCatalogue.All.Select(t => t.Key).Where(key => !compared.Contains(key)).ToList();

        Assert.True(missing.Count == 0, $"No page compared these tables with their downloads: {string.Join(", ", missing)}.");
    }

    [Fact]
    public async Task No_page_draws_a_table_by_hand_except_those_listed_with_a_reason()
    {
        var loose = (await WalkEveryRoleAsync())
            .SelectMany(w => w.Loose.Select(t => $"{t.Page} ({w.Role}): {t.Description}"))
            .Distinct()
            .ToList();

        Assert.True(loose.Count == 0, $"Tables drawn outside a table definition:{Environment.NewLine}{string.Join(Environment.NewLine, loose)}");
    }

    private async Task<RoleWalk[]> WalkEveryRoleAsync()
    {
        var all = new List<RoleWalk>();
        foreach (var user in DemoUsers.All) all.Add(await WalkAsync(user.Key));
        return [.. all];
    }

    /// <summary>One role's walk; the first asked for starts every role's, side by side, so the five take about as long as the slowest.</summary>
    private Task<RoleWalk> WalkAsync(string role)
    {
        foreach (var user in DemoUsers.All) _ = walks.OfAsync(user.Key, () => WalkAsRoleAsync(user.Key));
        return walks.OfAsync(role, () => WalkAsRoleAsync(role));
    }

    private async Task<RoleWalk> WalkAsRoleAsync(string role)
    {
        using var client = await app.SignedInClientAsync(role);
        return await new PageTableWalk(client, role, HandDrawn.Select(h => h.Selector)).WalkAsync(await PagesAsync());
    }

    private async Task<IReadOnlyList<string>> PagesAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var contract = await db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync();
        var pilot = await db.Pilots.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        return
        [
            "/england",
            "/sha/Q36?lens=uptake",
            "/sha/Q36?lens=uptake&stage=board-approved",
            "/sha/Q36?lens=savings",
            // London lists 16 contracts (11 on the Micro list), so page 2 is shown, and downloaded, as the last page.
            "/sha/Q36?lens=savings&list=MICRO&page=2&sort=validated-desc",
            "/sha/Q36?lens=savings&area=PMSR&month=2008-06&sort=buyer",
            "/sha/Q36?lens=assurance",
            "/pct/5AT",
            $"/contracts/{contract}",
            "/pilots",
            $"/pilots/{pilot}",
            "/wcc/funnel",
            "/audit",
            "/imports",
        ];
    }
}
