using System.Collections;
using ShaOversight.Core.Features.Exports;

namespace ShaOversight.Core.Tables;

/// <summary>
/// A table's columns in order, written as a collection initialiser so adding a column is one line:
/// <c>{ "Validated to date (£)", CellKind.Money, r =&gt; r.Measures.ValidatedToDate }</c>.
/// </summary>
public sealed class TableColumns<TRow> : IReadOnlyList<TableColumn<TRow>>
{
    private readonly List<TableColumn<TRow>> _columns = [];

    public void Add(string heading, CellKind kind, Func<TRow, object?> value) => Add(new TableColumn<TRow>(heading, kind, value));

    public void Add(TableColumn<TRow> column)
    {
        if (_columns.Any(c => c.Heading == column.Heading))
            throw new ArgumentException($"The table already has a column headed '{column.Heading}'.", nameof(column));
        _columns.Add(column);
    }

    /// <summary>Adds several columns at once, such as one a competency.</summary>
    public void AddRange(IEnumerable<TableColumn<TRow>> columns)
    {
        foreach (var column in columns) Add(column);
    }

    /// <summary>Rows as a file's table: a column each, in order, with the values as read.</summary>
    public TableExport Export(string title, IEnumerable<TRow> rows) =>
        new(title, [.. _columns.Select(c => new ExportColumn(c.Heading, c.Kind))], rows.Select(row => (IReadOnlyList<object?>)[.. _columns.Select(c => c.Value(row))]));

    public TableColumn<TRow> this[int index] => _columns[index];

    /// <summary>The column with this heading; a mistyped heading fails at once rather than printing an empty column.</summary>
    public TableColumn<TRow> this[string heading] => _columns.FirstOrDefault(c => c.Heading == heading)
        ?? throw new KeyNotFoundException($"No column is headed '{heading}'.");

    public int Count => _columns.Count;

    public IEnumerator<TableColumn<TRow>> GetEnumerator() => _columns.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
