namespace ShaOversight.Core.Features.Imports;

/// <summary>Spots a row that repeats an earlier row's key, naming the earlier row.</summary>
public sealed class DuplicateRows<TKey>(string what) where TKey : notnull
{
    private readonly Dictionary<TKey, int> _firstSeen = [];

    /// <summary>True the first time a key is seen; otherwise records the problem.</summary>
    public bool IsFirst(ImportRow row, TKey key)
    {
        if (_firstSeen.TryAdd(key, row.Number)) return true;
        row.Problem(null, $"repeats row {_firstSeen[key]} ({what}). Keep one of them.");
        return false;
    }
}
