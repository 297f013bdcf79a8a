namespace ShaOversight.Core.Application;

/// <summary>What was committed, and which regions it touched, so open dashboards can decide whether to refresh.</summary>
public sealed record DataChange(string What, IReadOnlySet<int> RegionIds, string ChangedBy, DateTimeOffset At)
{
    public bool Touches(int regionId) => RegionIds.Contains(regionId);
}

/// <summary>
/// Tells open pages in this process that data was committed (an import or an edit). One
/// instance per app; a page subscribes while it is on screen and reloads when its region is
/// touched. Scaled out to several servers this would need a backplane; see docs/operations.md.
/// </summary>
public sealed class DataChanges
{
    public event Action<DataChange>? Committed;

    public void Publish(DataChange change) => Committed?.Invoke(change);
}
