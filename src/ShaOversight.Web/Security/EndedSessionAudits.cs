using System.Collections.Concurrent;

namespace ShaOversight.Web.Security;

/// <summary>
/// Decides which uses of an ended session's cookie are written to the audit log: the first in
/// each <see cref="Window"/> per session id. A replayed page load sends the cookie with every
/// script and stylesheet too, and the audit log is append-only, so without this anyone holding
/// an old cookie could flood it. The record is in memory: a restart or another instance may
/// write one more entry for the same session, which is acceptable.
/// </summary>
public sealed class EndedSessionAudits(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>Enough for any honest use; past it the expired ids are dropped, then all of them.</summary>
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _audited = new(StringComparer.Ordinal);

    /// <summary>True for the first use of this ended session in the window; parallel requests agree on one.</summary>
    public bool ShouldAudit(string sessionKey)
    {
        var now = time.GetUtcNow();
        if (_audited.Count >= MaxTracked) Prune(now);
        while (true)
        {
            if (_audited.TryAdd(sessionKey, now)) return true;
            if (!_audited.TryGetValue(sessionKey, out var audited)) continue;
            if (now - audited < Window) return false;
            if (_audited.TryUpdate(sessionKey, now, audited)) return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, audited) in _audited)
            if (now - audited >= Window) _audited.TryRemove(key, out _);
        if (_audited.Count >= MaxTracked) _audited.Clear();
    }
}
