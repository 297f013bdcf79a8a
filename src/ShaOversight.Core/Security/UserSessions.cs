using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Security;

/// <summary>
/// Server-side sessions. Sign-in starts one and puts its id in the cookie; sign-out ends it.
/// Every request and every operation of an open circuit asks whether it is still live, so a
/// cookie replayed after sign-out, or a circuit left open, is refused.
/// </summary>
public sealed class UserSessions(IDbContextFactory<AppDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The claim that carries the session id in the auth cookie.</summary>
    public const string SessionClaim = "shao_session";

    public async Task<string> StartAsync(string objectId, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.UserSessions.Add(new UserSession { Id = id, ObjectId = objectId, StartedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    /// <summary>
    /// Ends every live session of one user, for an administrator who has removed their role in
    /// Entra or wants them out now: each open page is refused at its next action, and signing in
    /// again reads the roles afresh. Returns how many sessions were live.
    /// </summary>
    public async Task<int> EndAllForAsync(string objectId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return await db.UserSessions.Where(s => s.ObjectId == objectId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    public async Task<bool> IsLiveAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId)) return false;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.UserSessions.AnyAsync(s => s.Id == sessionId && s.EndedAt == null, cancellationToken);
    }
}
