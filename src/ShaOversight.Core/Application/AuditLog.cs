using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Application;

/// <summary>
/// Appends to the audit log. There is deliberately no way to change or remove an entry: the
/// context refuses it (<see cref="AppDbContext"/>) and so does the database (a trigger).
/// </summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public const string AccessDenied = "AccessDenied";
    public const string Import = "Import";
    public const string Edit = "Edit";
    public const string Download = "Download";
    public const string SignIn = "SignIn";
    public const string SessionsEnded = "SessionsEnded";

    /// <summary>Every action the log records, for the audit page's filter: no query needed to list them.</summary>
    public static readonly IReadOnlyList<string> Actions = [AccessDenied, Download, Edit, Import, SessionsEnded, SignIn];

    public const int TargetLength = 400;
    public const int DetailsLength = 4000;

    /// <summary>Writes an entry on its own, for things that change nothing else (refusals, sign-ins, downloads).</summary>
    public async Task WriteAsync(UserAccess user, string action, string target, string? details, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        Add(db, user, action, target, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Adds an entry to a context that is saving a change, so the change and its record commit
    /// together or not at all.
    /// </summary>
    public AuditEntry Add(AppDbContext db, UserAccess user, string action, string target, string? details, string? fileHash = null, string? changes = null)
    {
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserObjectId = user.ObjectId,
            UserName = user.DisplayName,
            Action = action,
            Target = Truncate(target, TargetLength),
            Details = details is null ? null : Truncate(details, DetailsLength),
            FileHash = fileHash,
            Changes = changes,
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    internal static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
