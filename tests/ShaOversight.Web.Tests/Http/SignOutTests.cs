using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>Sign-out ends the session on the server: the old cookie, replayed, opens nothing.</summary>
[Collection(SharedApp.Name)]
public sealed class SignOutTests(AppFactory app)
{
    private const string Download = "/exports/england.csv?year=2009-10&asAt=2010-03-31";

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_refused_on_pages_and_downloads()
    {
        var (client, cookie) = await SignInAsync("analyst");
        using var replay = app.AnonymousClient();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/england")).StatusCode);

        var signedOut = await client.PostAsync("/account/sign-out", await SignOutFormAsync(client));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var page = await replay.GetAsync("/england");
        var download = await replay.GetAsync(Download);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.StartsWith("/signin", download.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_replayed_page_load_with_its_static_files_is_audited_once_for_the_ended_session()
    {
        var (client, cookie) = await SignInAsync("pct");
        await client.PostAsync("/account/sign-out", await SignOutFormAsync(client));
        using var replay = app.AnonymousClient();
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        var before = await EndedSessionRefusalsAsync();

        await Task.WhenAll(replay.GetAsync("/england"), replay.GetAsync("/app.css"), replay.GetAsync("/app.js"));
        await replay.GetAsync("/pct/5AT");

        Assert.Equal(before + 1, await EndedSessionRefusalsAsync());
    }

    private async Task<int> EndedSessionRefusalsAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied && e.Details!.Contains("the session has ended"));
    }

    [Fact]
    public async Task Sign_out_without_an_antiforgery_token_is_refused_and_the_session_goes_on()
    {
        var (client, _) = await SignInAsync("sha");

        var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Download)).StatusCode);
    }

    /// <summary>Signs in through the real form and keeps the auth cookie exactly as the browser was given it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string demoUser)
    {
        var client = app.AnonymousClient();
        var response = await client.PostAsync("/account/demo-sign-in", await DemoSession.SignInFormAsync(client, demoUser));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ShaOversight.Session=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>The sign-out form's token, from the access-denied page, which carries the same form.</summary>
    private static async Task<FormUrlEncodedContent> SignOutFormAsync(HttpClient client)
    {
        var page = await (await client.GetAsync("/access-denied")).Content.ReadAsStringAsync();
        return new FormUrlEncodedContent([new("__RequestVerificationToken", DemoSession.AntiforgeryTokenIn(page, "access-denied"))]);
    }
}
