using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Security;

/// <summary>
/// The one way a handler learns who is asking and what they may see. Access is resolved from
/// current data (the session row, the user's scope in UserScopes) at the start of every
/// operation, never cached for a circuit's life, so a revoked scope or an ended session is
/// refused at the user's next action. Messages sent from inside an operation (an export sending
/// its page's query) share the access resolved for it. The rules themselves live on
/// <see cref="UserAccess"/> and here; nothing else reads UserScopes.
/// </summary>
public sealed class AccessService(ICurrentUser currentUser)
{
    // Keyed by this instance, so an operation's access never flows to another scope's work
    // (an event raised by one circuit and handled by another runs in the raiser's async flow).
    private static readonly AsyncLocal<(AccessService Owner, UserAccess Access)?> Operation = new();

    /// <summary>The access of the operation under way, or resolved now when there is none.</summary>
    public async ValueTask<UserAccess> CurrentAsync(CancellationToken cancellationToken) =>
        Operation.Value is { } current && ReferenceEquals(current.Owner, this)
            ? current.Access
            : await currentUser.GetAccessAsync(cancellationToken);

    /// <summary>Runs an operation with access resolved afresh, unless it is nested in one already.</summary>
    public async ValueTask<TResult> WithinOperationAsync<TResult>(Func<UserAccess, bool, ValueTask<TResult>> run, CancellationToken cancellationToken)
    {
        if (Operation.Value is { } outer && ReferenceEquals(outer.Owner, this)) return await run(outer.Access, false);
        var access = await currentUser.GetAccessAsync(cancellationToken);
        Operation.Value = (this, access);
        try
        {
            return await run(access, true);
        }
        finally
        {
            Operation.Value = null;
        }
    }

    /// <summary>
    /// The audit entries a user may read: all of them for an administrator; for an analyst,
    /// those of users scoped to their SHA or a body in it (the log records no region of its own).
    /// </summary>
    public static IQueryable<AuditEntry> AuditEntriesVisibleTo(AppDbContext db, UserAccess user)
    {
        if (user.Role == Role.Admin) return db.AuditEntries.AsNoTracking();
        var regionId = user.Region?.Id ?? throw new AccessDeniedException("the audit log", "the user has no region");
        return db.AuditEntries.AsNoTracking().Where(e => db.UserScopes.Any(s =>
            s.ObjectId == e.UserObjectId && s.Organisation != null && (s.Organisation.ParentId ?? s.OrganisationId) == regionId));
    }
}
