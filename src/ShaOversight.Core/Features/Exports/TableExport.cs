namespace ShaOversight.Core.Features.Exports;

/// <summary>What a column holds, which decides how each format writes it.</summary>
public enum CellKind
{
    /// <summary>Free text: the only kind that can carry a formula, so the only kind neutralised.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>Pounds, written as a plain decimal to two places (no £, no thousands separator).</summary>
    Money,

    /// <summary>Any other number (a mean score, a ratio), written to up to four decimal places.</summary>
    Number,

    /// <summary>A percentage on the 0 to 100 scale: in files a number like <see cref="Number"/>, on screen and paper with a % sign.</summary>
    Percent,

    /// <summary>A date, written dd/MM/yyyy in CSV and as a real date in Excel.</summary>
    Date,

    /// <summary>Yes or No.</summary>
    YesNo,
}

public sealed record ExportColumn(string Header, CellKind Kind);

/// <summary>
/// A table ready to write as CSV or Excel. The rows are an enumerable rather than a list so a
/// large table is written as it is read, never held whole in memory by the writers.
/// Each row has one value per column: null is an empty cell, never zero.
/// </summary>
public sealed record TableExport(string Title, IReadOnlyList<ExportColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
