namespace ShaOversight.Core.Application;

/// <summary>
/// National aggregates (England's figures by SHA, the national WCC medians) read every row in
/// England yet change only when data does. Each is worked out once and kept until the next
/// <see cref="DataChange"/>, which arrives for a write made here at once and for a write made
/// by another instance or by <c>shao</c> through the change feed. Everything kept before the
/// listener first reads the feed's head is forgotten then: a write committed elsewhere before
/// that reading is in no entry the listener will publish. One per app.
/// </summary>
public sealed class NationalFigures : IDisposable
{
    /// <summary>Enough for every year and many as-at dates; past it, figures are worked out but not kept, so odd dates in URLs cannot grow memory.</summary>
    public const int Capacity = 512;

    private readonly DataChanges _changes;
    private readonly Lock _gate = new();
    private readonly Dictionary<object, object> _figures = [];
    private long _generation;

    public NationalFigures(DataChanges changes)
    {
        _changes = changes;
        _changes.Committed += Forget;
        _changes.ListeningFrom += Forget;
    }

    /// <summary>The figures for <paramref name="key"/> (a record naming what and for when), loading them if none are kept.</summary>
    public async Task<T> GetAsync<T>(object key, Func<Task<T>> load) where T : class
    {
        long generation;
        lock (_gate)
        {
            if (_figures.TryGetValue(key, out var kept)) return (T)kept;
            generation = _generation;
        }
        var figures = await load();
        lock (_gate)
        {
            // A change committed while these were being read may not be in them: use them once, keep them not.
            if (generation == _generation && _figures.Count < Capacity) _figures.TryAdd(key, figures);
        }
        return figures;
    }

    private void Forget(DataChange change) => Forget();

    private void Forget(long listeningFrom) => Forget();

    private void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _figures.Clear();
        }
    }

    public void Dispose()
    {
        _changes.Committed -= Forget;
        _changes.ListeningFrom -= Forget;
    }
}
