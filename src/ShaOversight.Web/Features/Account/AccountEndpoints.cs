using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;
using ShaOversight.Web.Security;

namespace ShaOversight.Web.Features.Account;

/// <summary>
/// Sign-in and sign-out, written here because Microsoft.Identity.Web.UI is not available.
/// All three take only local return addresses, so they cannot be used to bounce users elsewhere.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").AllowAnonymous();
        account.MapGet("/sign-in", SignInWithEntra);
        account.MapPost("/demo-sign-in", DemoSignInAsync);
        account.MapPost("/sign-out", SignOutAsync);
    }

    private static IResult SignInWithEntra(SignInSettings settings, [FromQuery] string? returnUrl) =>
        settings.EntraEnabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
            : Results.Redirect(AuthenticationSetup.SignInPath);

    private static async Task<IResult> DemoSignInAsync(
        HttpContext context, SignInSettings settings, AuditLog audit,
        [FromForm] string? user, [FromForm] string? returnUrl)
    {
        if (!settings.DemoEnabled) return Results.NotFound();
        if (DemoUsers.Find(user) is not { } demoUser)
            return Results.Redirect($"{AuthenticationSetup.SignInPath}?error=unknown-user");
        // Settled before anything is signed in or audited, so a bad address cannot fail the request half done.
        var destination = LocalOrHome(returnUrl);

        List<Claim> claims =
        [
            new(UserAccessResolver.ObjectIdClaim, demoUser.ObjectId),
            new("name", demoUser.Name),
        ];
        if (demoUser.Role is { } role) claims.Add(new Claim(UserAccessResolver.RolesClaim, RoleNames.ValueOf(role)));
        var identity = new ClaimsIdentity(claims, "Demo", "name", UserAccessResolver.RolesClaim);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        await audit.WriteAsync(new UserAccess(demoUser.ObjectId, demoUser.Name, demoUser.Role, null, null),
            AuditLog.SignIn, "demo sign-in", null, context.RequestAborted);
        return Results.LocalRedirect(destination);
    }

    /// <summary>
    /// Ends the session on the server, so the cookie is refused even if it was copied, and any
    /// open circuit is refused at its next action. A state-changing POST: it needs the form's
    /// antiforgery token, which minimal APIs only check for themselves when they bind a form.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext context, SignInSettings settings, IAntiforgery antiforgery, UserSessions sessions)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        if (context.User.FindFirst(UserSessions.SessionClaim)?.Value is { } session)
            await sessions.EndAsync(session, CancellationToken.None);
        var viaEntra = context.User.Identity?.AuthenticationType is { } type && type != "Demo";
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (settings.EntraEnabled && viaEntra)
        {
            return Results.SignOut(new AuthenticationProperties { RedirectUri = $"{AuthenticationSetup.SignInPath}?signedOut=true" },
                [OpenIdConnectDefaults.AuthenticationScheme]);
        }
        return Results.LocalRedirect($"{AuthenticationSetup.SignInPath}?signedOut=true");
    }

    /// <summary>
    /// Only a path on this site, by the same test <c>LocalRedirect</c> applies; anything else
    /// (another host, //evil, \\evil, a control character) goes home.
    /// </summary>
    public static string LocalOrHome(string? returnUrl) =>
        RedirectHttpResult.IsLocalUrl(returnUrl)
        && !returnUrl.StartsWith('~')
        && !returnUrl.StartsWith(AuthenticationSetup.SignInPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
