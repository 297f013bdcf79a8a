using System.Collections.Concurrent;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Application;

/// <summary>The heavy things one user may run, each at most once at a time.</summary>
public enum HeavyWork
{
    /// <summary>Checking or saving an import file: reading, validating and planning up to the import limits.</summary>
    Import,

    /// <summary>Drawing a board pack PDF: a second or more of CPU per pack.</summary>
    BoardPack,
}

/// <summary>
/// One of each kind of heavy work per user at a time, across every tab, circuit and download
/// link. Without it a user (or a script holding their cookie) can start as many board packs or
/// imports as they can click, and two cores are soon spent. A second attempt is refused at
/// once with a plain message rather than queued: a queue would hide the cost and keep the
/// user waiting for work they may already have abandoned.
/// </summary>
public sealed class UserWorkLimiter
{
    private readonly ConcurrentDictionary<(string User, HeavyWork Work), byte> _running = new();

    /// <summary>Marks the work as running for this user until the result is disposed; throws <see cref="TooBusyException"/> if it already is.</summary>
    public IDisposable Start(UserAccess user, HeavyWork work)
    {
        var key = (user.ObjectId, work);
        if (!_running.TryAdd(key, 0)) throw new TooBusyException(work);
        return new Running(() => _running.TryRemove(key, out _));
    }

    private sealed class Running(Action finish) : IDisposable
    {
        private int _finished;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _finished, 1) == 0) finish();
        }
    }
}

/// <summary>Thrown when a user starts heavy work while the same kind of work of theirs is still running.</summary>
public sealed class TooBusyException(HeavyWork work) : Exception(Describe(work))
{
    public HeavyWork Work { get; } = work;

    private static string Describe(HeavyWork work) => work switch
    {
        HeavyWork.Import => "You already have a file being checked or saved, perhaps in another tab. Wait for it to finish, then try again.",
        HeavyWork.BoardPack => "You already have a board pack being prepared, perhaps in another tab. Wait for it to finish, then try again.",
        _ => throw new ArgumentOutOfRangeException(nameof(work)),
    };
}
