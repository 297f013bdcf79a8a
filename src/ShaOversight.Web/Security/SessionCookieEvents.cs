using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

/// <summary>
/// Ties the auth cookie to a server-side session, whichever way the user signed in (demo or
/// Entra both end in a cookie sign-in): a session row is started as the cookie is issued, every
/// request checks the row is still live (a use of an ended one is audited once per session, see
/// <see cref="EndedSessionAudits"/>), and a page or download forbidden to the user's role is
/// audited before they are sent to the access-denied page. The handlers already set (by
/// Microsoft.Identity.Web, say) still run.
/// </summary>
public static class SessionCookieEvents
{
    public static void Attach(CookieAuthenticationEvents events)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            await StartSessionAsync(context);
            await signingIn(context);
        };

        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            if (context.Principal is { } principal && !await IsLiveAsync(context.HttpContext, principal))
            {
                // Once per ended session, not once per request: a replayed page fetches its assets too.
                var sessionKey = principal.FindFirst(UserSessions.SessionClaim)?.Value ?? $"no session: {UserAccessResolver.ObjectIdOf(principal)}";
                if (context.HttpContext.RequestServices.GetRequiredService<EndedSessionAudits>().ShouldAudit(sessionKey))
                    await PageRefusals.AuditEndedSessionAsync(context.HttpContext, principal);
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }
        };

        var accessDenied = events.OnRedirectToAccessDenied;
        events.OnRedirectToAccessDenied = async context =>
        {
            await PageRefusals.AuditAsync(context.HttpContext.RequestServices, context.Request.Path, context.HttpContext.RequestAborted);
            await accessDenied(context);
        };
    }

    private static async Task StartSessionAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity) return;
        var objectId = UserAccessResolver.ObjectIdOf(context.Principal);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        foreach (var stale in identity.FindAll(UserSessions.SessionClaim).ToList()) identity.RemoveClaim(stale);
        identity.AddClaim(new Claim(UserSessions.SessionClaim, await sessions.StartAsync(objectId, context.HttpContext.RequestAborted)));
    }

    /// <summary>A cookie without a session id predates sessions or was not issued here: it is not live either.</summary>
    private static Task<bool> IsLiveAsync(HttpContext httpContext, ClaimsPrincipal principal) =>
        httpContext.RequestServices.GetRequiredService<UserSessions>()
            .IsLiveAsync(principal.FindFirst(UserSessions.SessionClaim)?.Value, httpContext.RequestAborted);
}
