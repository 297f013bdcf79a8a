using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>The audit log and the edit pages against every role: only analysts (in their SHA) and administrators get in.</summary>
[Collection(SharedApp.Name)]
public sealed class EditPageAccessTests(AppFactory app)
{
    public static TheoryData<string?, string, int, string?> AuditMatrix() => new()
    {
        { null, "/audit", 302, "/signin" },
        { "norole", "/audit", 302, "/access-denied" },
        { "national", "/audit", 302, "/access-denied" },
        { "sha", "/audit", 302, "/access-denied" },
        { "pct", "/audit", 302, "/access-denied" },
        { "analyst", "/audit", 200, null },
        { "admin", "/audit", 200, null },
        { "admin", "/audit?action=Edit&text=pilot&from=2020-01-01&to=2030-12-31&page=2", 200, null },
        { "admin", "/audit?from=yesterday", 400, null },
        { "admin", "/audit?from=2026-02-01&to=2026-01-01", 400, null },
        { "sha", "/pct/5AT/assessment?year=2009-10", 302, "/access-denied" },
        { "pct", "/pct/5AT/assessment?year=2009-10", 302, "/access-denied" },
        { "analyst", "/pct/5AT/assessment?year=2009-10", 200, null },
        // Outside the analyst's SHA: answered as a missing PCT would be.
        { "analyst", "/pct/5HG/assessment?year=2009-10", 404, null },
        { "analyst", "/pct/5AT/assessment?year=2007-08", 404, null },
        { "analyst", "/pct/5AT/assessment?year=never", 400, null },
        { "admin", "/pct/5HG/assessment?year=2008-09", 200, null },
    };

    [Theory]
    [MemberData(nameof(AuditMatrix))]
    public async Task Each_role_gets_the_expected_answer(string? demoUser, string path, int status, string? redirectsTo)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        if (redirectsTo is not null) Assert.Contains(redirectsTo, response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("national", "Q36", 302)]
    [InlineData("sha", "Q36", 302)]
    [InlineData("pct", "Q36", 302)]
    [InlineData("analyst", "Q36", 200)]
    [InlineData("analyst", "Q31", 404)]
    [InlineData("admin", "Q31", 200)]
    public async Task Contract_and_return_forms_open_only_for_those_who_may_write_the_contracts_region(string demoUser, string shaCode, int status)
    {
        var (contractId, month) = await ContractInAsync(shaCode);
        using var client = await app.SignedInClientAsync(demoUser);

        using var terms = await client.GetAsync($"/contracts/{contractId}/edit");
        using var monthReturn = await client.GetAsync($"/contracts/{contractId}/returns/{month:yyyy-MM}");

        Assert.Equal((status, status), ((int)terms.StatusCode, (int)monthReturn.StatusCode));
    }

    [Fact]
    public async Task An_analyst_is_told_whose_entries_they_see_and_the_nav_offers_the_log_only_to_writers()
    {
        using var analyst = await app.SignedInClientAsync("analyst");
        using var board = await app.SignedInClientAsync("sha");

        var log = await analyst.GetStringAsync("/audit");
        var boardOverview = await board.GetStringAsync("/england");

        Assert.Contains("You see the entries of users in your SHA.", log);
        Assert.Contains("href=\"/audit\"", log);
        Assert.DoesNotContain("href=\"/audit\"", boardOverview);
    }

    private async Task<(int Id, DateOnly Month)> ContractInAsync(string shaCode)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var contract = await db.Contracts.Where(c => c.Buyer.Parent!.Code == shaCode).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.StartsOn }).FirstAsync();
        return (contract.Id, new DateOnly(contract.StartsOn.Year, contract.StartsOn.Month, 1));
    }
}
