namespace ShaOversight.Core.Tables;

/// <summary>
/// Every table that downloads, found from the features' own definitions: adding a table to a
/// feature's folder is all it takes for its download address and its <c>shao export</c> command.
/// </summary>
public static class TableCatalogue
{
    public static readonly IReadOnlyList<IFeatureTable> All = typeof(TableCatalogue).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsInterface: false } && typeof(IFeatureTable).IsAssignableFrom(type))
        .Select(type => (IFeatureTable)Activator.CreateInstance(type)!)
        .OrderBy(table => table.Key, StringComparer.Ordinal)
        .ToList();

    public static IFeatureTable? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));
}
