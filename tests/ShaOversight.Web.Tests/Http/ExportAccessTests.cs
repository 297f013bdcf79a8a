using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Security;
using ShaOversight.Web.Security;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

[Collection(SharedApp.Name)]
public sealed class ExportAccessTests(AppFactory app)
{
    private const string Period = "year=2009-10&asAt=2010-03-31";

    public static TheoryData<string, string, int> Matrix => new()
    {
        { "national", $"/exports/savings-contracts.csv?sha=Q35&{Period}", 200 },
        { "sha", $"/exports/savings-contracts.csv?sha=Q36&{Period}", 200 },
        { "sha", $"/exports/savings-contracts.csv?sha=Q35&{Period}", 403 },
        { "analyst", $"/exports/uptake-buyers.xlsx?sha=Q35&{Period}", 403 },
        { "pct", $"/exports/pct-contracts.csv?pct=5AT&{Period}", 200 },
        { "pct", $"/exports/uptake-trend.csv?sha=Q35&{Period}", 403 },
        // England's headline table is open to every role, as its page is.
        { "sha", $"/exports/england.csv?{Period}", 200 },
        { "national", $"/exports/england.xlsx?{Period}", 200 },
        { "national", $"/exports/frobnicate.csv?{Period}", 400 },
        { "sha", $"/exports/board-pack.pdf?sha=Q36&{Period}", 200 },
        { "sha", $"/exports/board-pack.pdf?sha=Q35&{Period}", 403 },
        { "pct", $"/exports/board-pack.pdf?sha=Q36&pct=5AT&{Period}", 200 },
        { "pct", $"/exports/board-pack.pdf?sha=Q35&{Period}", 403 },
        { "national", $"/exports/board-pack.pdf?sha=Q35&pct=5AT&{Period}", 400 },
        // The pack's web page answers exactly as its PDF does.
        { "sha", $"/exports/board-pack.html?sha=Q36&{Period}", 200 },
        { "sha", $"/exports/board-pack.html?sha=Q35&{Period}", 403 },
        { "pct", $"/exports/board-pack.html?sha=Q36&pct=5AT&{Period}", 200 },
        { "pct", $"/exports/board-pack.html?sha=Q35&{Period}", 403 },
        { "national", $"/exports/england.pdf?{Period}", 400 },
        { "national", $"/exports/england.csv?year=2009-10&asAt=2011-01-01", 400 },
        { "national", $"/exports/savings-months.csv?sha=Q99&{Period}", 404 },
        // Signed in with no role: the cookie scheme sends them to the access-denied page.
        { "norole", $"/exports/pilots.csv?{Period}", 302 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Downloads_follow_the_same_scope_as_the_pages(string demoUser, string path, int status)
    {
        using var client = await app.SignedInClientAsync(demoUser);
        var response = await client.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("/exports/england.csv")]
    [InlineData("/exports/board-pack.pdf?sha=Q36")]
    [InlineData("/exports/board-pack.html?sha=Q36")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_gets_no_file(string path)
    {
        using var client = app.AnonymousClient();
        var response = await client.GetAsync($"{path}{(path.Contains('?') ? '&' : '?')}{Period}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/signin", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_pct_chief_executive_cannot_download_another_pcts_contract_and_the_attempt_is_audited()
    {
        int neighbour, hillingdon;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            hillingdon = await db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync();
            neighbour = await db.Contracts.Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT").Select(c => c.Id).FirstAsync();
        }
        using var client = await app.SignedInClientAsync("pct");
        var deniedBefore = await CountAsync("AccessDenied");

        var own = await client.GetAsync($"/exports/contract-spc.csv?contract={hillingdon}&{Period}");
        var other = await client.GetAsync($"/exports/contract-months.xlsx?contract={neighbour}&{Period}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.True(await CountAsync("AccessDenied") > deniedBefore);
    }

    [Fact]
    public async Task A_download_is_a_named_attachment_of_the_right_type_and_is_audited()
    {
        using var client = await app.SignedInClientAsync("analyst");
        var before = await CountAsync("Download");

        var response = await client.GetAsync($"/exports/savings-months.xlsx?sha=Q36&{Period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nhs-london-savings-months-2009-10-as-at-2010-03-31.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = (await MiniExcel.QueryAsync(body, useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        Assert.Contains("Cumulative validated (£)", rows[0].Keys);
        Assert.Equal(before + 1, await CountAsync("Download"));
    }

    [Fact]
    public async Task A_board_pack_downloads_as_a_named_pdf()
    {
        using var client = await app.SignedInClientAsync("sha");
        var response = await client.GetAsync($"/exports/board-pack.pdf?sha=Q36&{Period}");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nhs-london-board-pack-2009-10-as-at-2010-03-31.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal("%PDF-"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..5]);
    }

    [Fact]
    public async Task The_board_pack_web_page_has_its_title_language_headings_captioned_tables_and_chart_alternatives()
    {
        using var client = await app.SignedInClientAsync("sha");
        var response = await client.GetAsync($"/exports/board-pack.html?sha=Q36&{Period}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en-GB\">", html);
        Assert.Contains("<title>Board pack: NHS London, 2009/10</title>", html);
        Assert.Contains("<h1>NHS London</h1>", html);
        Assert.Contains("<h2>1. FESC uptake in NHS London</h2>", html);
        Assert.Contains("<h2>Summary: is commissioning getting better, and is the money paying back?</h2>", html);
        // Every table has a caption and column headers; every chart picture has words.
        var tables = Regex.Matches(html, "<table>").Count;
        Assert.True(tables >= 5);
        Assert.Equal(tables, Regex.Matches(html, "<caption>[^<]+</caption>").Count);
        Assert.Equal(tables, Regex.Matches(html, "<thead><tr><th scope=\"col\"").Count);
        var charts = Regex.Matches(html, "<figure>\n<img [^>]*alt=\"([^\"]+)\"");
        Assert.True(charts.Count >= 3);
        Assert.All(charts, chart => Assert.StartsWith("Chart: ", chart.Groups[1].Value));
        Assert.Equal(Regex.Matches(html, "<img ").Count, Regex.Matches(html, "<img [^>]*alt=\"").Count);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public async Task A_second_board_pack_while_the_users_first_is_drawn_is_refused_with_429_and_a_sentence()
    {
        using var client = await app.SignedInClientAsync("sha");
        var board = DemoUsers.Find("sha")!;
        var limiter = app.Services.GetRequiredService<UserWorkLimiter>();

        HttpResponseMessage refused;
        // Held open as a pack being drawn would be, so nothing depends on timing.
        using (limiter.Start(new UserAccess(board.ObjectId, board.Name, board.Role, null, null), HeavyWork.BoardPack))
            refused = await client.GetAsync($"/exports/board-pack.pdf?sha=Q36&{Period}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("already have a board pack being prepared", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/exports/board-pack.pdf?sha=Q36&{Period}")).StatusCode);
    }

    [Theory]
    [InlineData("analyst", "/sha/Q36?lens=savings", "/exports/savings-contracts.csv?year=2009-10&amp;asAt=2010-03-31&amp;sha=Q36", true)]
    [InlineData("analyst", "/sha/Q36?lens=savings", "/exports/savings-spc.xlsx?", true)]
    [InlineData("analyst", "/sha/Q36", "/exports/uptake-trend.csv?", true)]
    [InlineData("analyst", "/sha/Q36?lens=assurance", "/exports/wcc-scores.xlsx?", true)]
    [InlineData("analyst", "/sha/Q36", "/exports/board-pack.pdf?sha=Q36", true)]
    [InlineData("pct", "/sha/Q36?lens=savings", "/exports/savings-contracts", false)]
    [InlineData("pct", "/pct/5AT", "/exports/pct-contracts.csv?", true)]
    [InlineData("national", "/england", "/exports/england.xlsx?", true)]
    [InlineData("national", "/pilots", "/exports/pilots.csv?", true)]
    public async Task Pages_link_to_the_downloads_their_user_may_have(string demoUser, string path, string link, bool shown)
    {
        using var client = await app.SignedInClientAsync(demoUser);
        var html = await client.GetStringAsync(path);
        Assert.Equal(shown, html.Contains(link, StringComparison.Ordinal));
    }

    private async Task<int> CountAsync(string action)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == action);
    }
}
