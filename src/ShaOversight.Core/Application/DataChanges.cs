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
/// by <see cref="ChangeFeedListener"/>, which skips this instance's own entries.
/// </summary>
public sealed class DataChanges
{
    public event Action<DataChange>? Committed;

    /// <summary>
    /// This instance's name in the change feed: a random part first (so two hosts in one process
    /// differ, and a long host name cut to the column's length cannot make two names equal), then
    /// the process and host, for whoever reads the table.
    /// </summary>
    public string Origin { get; } = FitToColumn($"{Guid.NewGuid():N} {Environment.ProcessId} {Environment.MachineName}");

    public void Publish(DataChange change) => Committed?.Invoke(change);

    private static string FitToColumn(string name) => name.Length <= ChangeFeedEntry.OriginLength ? name : name[..ChangeFeedEntry.OriginLength];
}
