using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Application;

/// <summary>Appends to the audit log. There is deliberately no way to change or remove an entry.</summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    public const string AccessDenied = "AccessDenied";

    public async Task WriteAsync(UserAccess user, string action, string target, string? details, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserObjectId = user.ObjectId,
            UserName = user.DisplayName,
            Action = action,
            Target = Truncate(target, 400),
            Details = details is null ? null : Truncate(details, 4000),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
