using ShaOversight.Core.Features.Exports;

namespace ShaOversight.Core.Tables;

/// <summary>
/// One column of a feature's table: its heading, how a row's value is read, and what kind of
/// value it is (which decides its file format, its alignment and its text on screen and paper).
/// The page, the CSV, the Excel file and the board pack all read the same column.
/// </summary>
public sealed record TableColumn<TRow>(string Heading, CellKind Kind, Func<TRow, object?> Value)
{
    /// <summary>The column's name in a sort address (<c>?sort=validated-desc</c>): its heading, slugged, unless set.</summary>
    public string Key { get; init; } = TableSort.Slug(Heading);

    /// <summary>Whether the page offers to sort by this column. A table is sortable if any of its columns is.</summary>
    public bool Sortable { get; init; }

    /// <summary>What the column sorts by, when its value's own order is not the reader's (SPC icons: concern first); its value otherwise.</summary>
    public Func<TRow, object?>? SortBy { get; init; }

    /// <summary>
    /// On screen, the heading of the column this one is shown under, as a smaller line, rather than
    /// in a column of its own (a contract's title under its reference), so a wide table stays
    /// readable. Files and paper give it its own column.
    /// </summary>
    public string? Under { get; init; }

    /// <summary>The page a value leads to when chosen (a contract's reference opens the contract).</summary>
    public Func<TRow, TableLink?>? Link { get; init; }

    /// <summary>How the row's value is written on screen and on paper, when the kind's own way is not right ("10.5×", a summary figure in its unit).</summary>
    public Func<TRow, string>? Display { get; init; }

    public bool AlignRight => Kind is CellKind.Integer or CellKind.Money or CellKind.Number or CellKind.Percent;

    /// <summary>The value as a reader sees it: en-GB, a dash for no value.</summary>
    public string Text(TRow row) => Display is { } display ? display(row) : CellText.Of(Value(row), Kind);
}

/// <summary>A page a table's value leads to: an SHA, a PCT, a contract or a pilot, by its code or id.</summary>
public sealed record TableLink(TableSubject Subject, string Code);
