using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Security;

/// <summary>
/// Turns a signed-in principal into <see cref="UserAccess"/>: checks its session is still live and
/// looks up its scope by object id. Only <see cref="AccessService"/> (through ICurrentUser) calls it.
/// </summary>
public sealed class UserAccessResolver(IDbContextFactory<AppDbContext> contextFactory, UserSessions sessions)
{
    public const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    public const string ShortObjectIdClaim = "oid";
    public const string RolesClaim = "roles";

    // When a token carries more than one role, the widest view wins.
    private static readonly Role[] Precedence = [Role.Admin, Role.National, Role.Analyst, Role.BoardMember, Role.Pct];

    /// <summary>The Entra object id (either claim name), or the demo user's; empty when there is none.</summary>
    public static string ObjectIdOf(ClaimsPrincipal principal) =>
        principal.FindFirst(ObjectIdClaim)?.Value ?? principal.FindFirst(ShortObjectIdClaim)?.Value ?? "";

    public async Task<UserAccess> ResolveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.Identity?.IsAuthenticated != true) return UserAccess.Anonymous;

        var objectId = ObjectIdOf(principal);
        var name = principal.FindFirst("name")?.Value ?? principal.Identity.Name ?? "Signed-in user";
        var roles = principal.FindAll(RolesClaim).Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet();
        Role? role = Precedence.FirstOrDefault(r => roles.Contains(RoleNames.ValueOf(r)), (Role)(-1)) is var found && found >= 0 ? found : null;

        // A principal from the sign-in cookie carries its session; once that has ended, nothing is allowed.
        if (principal.FindFirst(UserSessions.SessionClaim) is { } session && !await sessions.IsLiveAsync(session.Value, cancellationToken))
            return UserAccess.EndedSession(objectId, name);
        if (objectId.Length == 0 || role is null) return new UserAccess(objectId, name, role, null, null);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var scope = await db.UserScopes.AsNoTracking()
            .Where(s => s.ObjectId == objectId && s.Organisation != null)
            .Select(s => new
            {
                Organisation = new OrganisationRef(s.Organisation!.Id, s.Organisation.Code, s.Organisation.Name),
                Region = s.Organisation.Parent == null
                    ? new OrganisationRef(s.Organisation.Id, s.Organisation.Code, s.Organisation.Name)
                    : new OrganisationRef(s.Organisation.Parent.Id, s.Organisation.Parent.Code, s.Organisation.Parent.Name),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new UserAccess(objectId, name, role, scope?.Organisation, scope?.Region);
    }
}
