namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// The values a column may take, each with the label a person types ("Contract awarded").
/// Matching ignores case, spaces, hyphens and underscores; later options may be aliases.
/// </summary>
public sealed class ChoiceSet<T>(params (string Label, T Value)[] options) where T : struct
{
    private readonly Dictionary<string, T> _byKey = options
        .GroupBy(o => ImportRow.Normalise(o.Label))
        .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    /// <summary>One label per value, for messages and templates.</summary>
    public IReadOnlyList<string> Labels { get; } = options.DistinctBy(o => o.Value).Select(o => o.Label).ToList();

    public bool TryFind(string text, out T value) => _byKey.TryGetValue(ImportRow.Normalise(text), out value);

    public string LabelOf(T value) => options.First(o => EqualityComparer<T>.Default.Equals(o.Value, value)).Label;
}
