using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// Entra ID through Microsoft.Identity.Web, offline: the tenant's metadata is given rather than
/// fetched, so the test proves our wiring produces a correct authorisation request.
/// </summary>
public sealed class EntraSignInTests : IAsyncLifetime
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "66666666-7777-8888-9999-000000000000";
    private AppFactory _app = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _entra = null!;

    public Task InitializeAsync()
    {
        _app = new AppFactory { Environment = "Production" }
            .With("AzureAd:TenantId", Tenant)
            .With("AzureAd:ClientId", ClientId)
            .With("DemoSignIn:Enabled", "false");
        _entra = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0",
                    AuthorizationEndpoint = $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/authorize",
                    EndSessionEndpoint = $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/logout",
                }))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _entra.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Signing_in_sends_the_user_to_their_tenant_with_this_app_as_client()
    {
        using var client = _entra.AnonymousClient();

        using var response = await client.GetAsync("/account/sign-in?returnUrl=%2Fengland");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/authorize", location);
        Assert.Contains($"client_id={ClientId}", location);
        Assert.Contains("response_mode=form_post", location);
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_nhs_account_and_no_demo_users()
    {
        using var client = _entra.AnonymousClient();

        var html = await client.GetStringAsync("/signin");

        Assert.Contains("Sign in with your NHS account", html);
        Assert.DoesNotContain("Demo users", html);
        Assert.DoesNotContain("Demo sign-in is on", html);
    }

    [Fact]
    public async Task Demo_sign_in_does_not_exist_when_it_is_off()
    {
        using var client = _entra.AnonymousClient();
        // The access-denied page carries a sign-out form, so a valid antiforgery token is to hand.
        var page = await client.GetStringAsync("/access-denied");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        using var response = await client.PostAsync("/account/demo-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user"] = "admin",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
