using System.Security.Claims;
using ShaOversight.Core.Application;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

/// <summary>
/// Refusals made before any message is sent: a page or download whose <c>[Authorize(Roles)]</c>
/// the user's role does not meet, and a cookie whose session has ended. Each is audited once,
/// where it happens, and explained by what the role may not do.
/// </summary>
public static class PageRefusals
{
    /// <summary>What a page is for, in the words of a refusal: "you may not …".</summary>
    public static string ActivityAt(string? path)
    {
        var segments = (path ?? "").Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["imports", ..] => "load data",
            ["audit", ..] => "read the audit log",
            [.., "edit"] or ["contracts", _, "returns", ..] or ["pilots", _, "milestones", ..] or ["pct", _, "assessment"] => "change data",
            _ => "open this page",
        };
    }

    /// <summary>The sentence the access-denied page leads with.</summary>
    public static string Explain(UserAccess user, string? path) => user switch
    {
        { Role: null } => "Your account has no ShaOversight role.",
        { Role: { } role, HasUsableScope: false } => $"As {AsA(role)} you need an organisation, and none is set for your account.",
        { Role: { } role } => $"As {AsA(role)} you may not {ActivityAt(path)}.",
    };

    public static async Task AuditAsync(IServiceProvider services, string? path, CancellationToken cancellationToken)
    {
        var user = await services.GetRequiredService<AccessService>().CurrentAsync(cancellationToken);
        var reason = user.Role is { } role ? $"the {RoleNames.ValueOf(role)} role may not {ActivityAt(path)}" : "the user has no role in this service";
        await services.GetRequiredService<AuditLog>().WriteAsync(user, AuditLog.AccessDenied, path ?? "/", $"page: {reason}", CancellationToken.None);
    }

    /// <summary>A cookie used after its session ended at sign-out: replayed, or left in another tab.</summary>
    public static Task AuditEndedSessionAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var user = UserAccess.EndedSession(UserAccessResolver.ObjectIdOf(principal), principal.FindFirst("name")?.Value ?? principal.Identity?.Name ?? "Signed-in user");
        return context.RequestServices.GetRequiredService<AuditLog>().WriteAsync(user, AuditLog.AccessDenied, context.Request.Path.Value ?? "/",
            "request: the session has ended: the user signed out", CancellationToken.None);
    }

    private static string AsA(Role role) => role switch
    {
        Role.National => "a member of the DoH commissioning directorate",
        Role.BoardMember => "an SHA board member",
        Role.Analyst => "an SHA performance analyst",
        Role.Pct => "a PCT chief executive",
        Role.Admin => "a system administrator",
        _ => role.ToString(),
    };
}
