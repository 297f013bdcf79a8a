using System.Text;

namespace ShaOversight.Core.Tables;

/// <summary>How a table is put in order by one of its columns, named in the address as <c>validated</c> or <c>validated-desc</c>.</summary>
public static class TableSort
{
    public const string DescendingSuffix = "-desc";

    /// <summary>"Validated to date (£)" becomes "validated-to-date": lower case, words joined by hyphens.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }

    /// <summary>The column a sort names and whether it runs high to low; null when it names no sortable column.</summary>
    public static (TableColumn<TRow> Column, bool Descending)? Parse<TRow>(IEnumerable<TableColumn<TRow>> columns, string? sort)
    {
        if (string.IsNullOrEmpty(sort)) return null;
        var descending = sort.EndsWith(DescendingSuffix, StringComparison.Ordinal);
        var key = descending ? sort[..^DescendingSuffix.Length] : sort;
        return columns.FirstOrDefault(c => c.Sortable && c.Key == key) is { } column ? (column, descending) : null;
    }

    public static bool IsKnown<TRow>(IEnumerable<TableColumn<TRow>> columns, string? sort) => string.IsNullOrEmpty(sort) || Parse(columns, sort) is not null;

    /// <summary>The sorts a table accepts, for an error message.</summary>
    public static string Choices<TRow>(IEnumerable<TableColumn<TRow>> columns) =>
        string.Join(", ", columns.Where(c => c.Sortable).Select(c => c.Key)) + $", each with or without {DescendingSuffix}";

    /// <summary>
    /// Rows in the order a sort names. No value sorts below every value; rows that tie keep the
    /// order they came in (the order the feature reads them), so a sort never shuffles equals.
    /// </summary>
    public static IEnumerable<TRow> Apply<TRow>(IEnumerable<TRow> rows, IEnumerable<TableColumn<TRow>> columns, string? sort)
    {
        if (Parse(columns, sort) is not var (column, descending)) return rows;
        var key = column.SortBy ?? column.Value;
        return descending ? rows.OrderByDescending(key, NullsFirst.Instance) : rows.OrderBy(key, NullsFirst.Instance);
    }

    private sealed class NullsFirst : IComparer<object?>
    {
        public static readonly NullsFirst Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => string.Compare(a, b, StringComparison.CurrentCultureIgnoreCase),
            _ => Comparer<object>.Default.Compare(x, y),
        };
    }
}
