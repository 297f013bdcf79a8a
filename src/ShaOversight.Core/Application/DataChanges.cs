using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Application;

/// <summary>What was committed, and which regions it touched, so open dashboards can decide whether to refresh.</summary>
public sealed record DataChange(string What, IReadOnlySet<int> RegionIds, string ChangedBy, DateTimeOffset At)
{
    public bool Touches(int regionId) => RegionIds.Contains(regionId);
}

/// <summary>
/// Tells open pages in this process that data was committed (an import or an edit). One
/// instance per app; a page subscribes while it is on screen and reloads when its region is
/// touched. A write made here is published at once, after its commit; a write made by another
/// instance or by <c>shao</c> arrives through the database's <see cref="ChangeFeed"/>, published
/// by <see cref="ChangeFeedListener"/>, which skips the positions published here.
/// </summary>
public sealed partial class DataChanges
{
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<long, byte> _publishedHere = new();

    /// <summary>The logger is optional so a test can stand up an instance of its own.</summary>
    public DataChanges(ILogger<DataChanges>? logger = null) => _logger = logger ?? NullLogger<DataChanges>.Instance;

    public event Action<DataChange>? Committed;

    /// <summary>
    /// Raised once, when this instance's listener has read the feed's head: every change after it
    /// will be published, but one committed before it, while pages were already being served, may
    /// not have been. Whatever was kept from data read before then must be read afresh.
    /// </summary>
    public event Action<long>? ListeningFrom;

    /// <summary>
    /// This instance's name in the change feed: a random part first (so two hosts in one process
    /// differ, and a long host name cut to the column's length cannot make two names equal), then
    /// the process and host, for whoever reads the table.
    /// </summary>
    public string Origin { get; } = FitToColumn($"{Guid.NewGuid():N} {Environment.ProcessId} {Environment.MachineName}");

    /// <summary>Tells every subscriber; one that throws is logged and the rest are still told.</summary>
    public void Publish(DataChange change) => Notify(Committed, change);

    /// <summary>
    /// Publishes a write this instance committed at feed <paramref name="position"/>, and notes the
    /// position so the listener does not publish it again. Only a position published here is skipped:
    /// a write whose commit succeeded but was reported as failed (and so never published) still
    /// reaches this instance's pages through the feed.
    /// </summary>
    public void Publish(DataChange change, long position)
    {
        _publishedHere.TryAdd(position, 0);
        Publish(change);
    }

    /// <summary>Whether the entry at <paramref name="position"/> was published here; each is answered once.</summary>
    public bool WasPublishedHere(long position) => _publishedHere.TryRemove(position, out _);

    /// <summary>Forgets the positions at or before <paramref name="position"/>, which the listener has passed.</summary>
    public void PassedPosition(long position)
    {
        foreach (var passed in _publishedHere.Keys.Where(p => p <= position)) _publishedHere.TryRemove(passed, out _);
    }

    /// <summary>The listener's first reading of the head (see <see cref="ListeningFrom"/>).</summary>
    public void StartListening(long head)
    {
        PassedPosition(head);
        Notify(ListeningFrom, head);
    }

    private void Notify<T>(Action<T>? handlers, T argument)
    {
        if (handlers is null) return;
        // Each handler on its own, so a failing page cannot keep the cache or other pages from hearing.
        foreach (var handler in handlers.GetInvocationList().Cast<Action<T>>())
        {
            try { handler(argument); }
            catch (Exception ex) { LogHandlerFailed(ex, handler.Method.DeclaringType?.Name ?? handler.Method.Name); }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber ({Subscriber}) failed on a data change; the others were still told.")]
    private partial void LogHandlerFailed(Exception exception, string subscriber);

    private static string FitToColumn(string name) => name.Length <= ChangeFeedEntry.OriginLength ? name : name[..ChangeFeedEntry.OriginLength];
}
