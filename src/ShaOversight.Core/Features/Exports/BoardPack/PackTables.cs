using ShaOversight.Core.Tables;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>A column of a feature's table as the pack prints it: its own width, and a shorter heading where the page's is too wide.</summary>
internal sealed record PackColumn<TRow>(TableColumn<TRow> Column, float Weight, string? Heading = null);

/// <summary>
/// A feature's table on paper: the columns the pack has room for, taken from the table's own
/// definition, with their headings, alignment and text, so the pack, the page and the download
/// cannot drift apart. Only the widths (and, where needed, a shorter heading) are the pack's.
/// </summary>
internal static class PackTables
{
    public static void TableFrom<TRow>(this PdfComposer pdf, IReadOnlyList<PackColumn<TRow>> columns, IEnumerable<TRow> rows, Func<int, int, SKColor?>? cellColour = null) =>
        pdf.Table([.. columns.Select(c => new PdfColumn(c.Heading ?? c.Column.Heading, c.Weight, c.Column.AlignRight))],
            rows.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => c.Column.Text(row))]), cellColour);

    public static void Table<TRow>(this PdfComposer pdf, IEnumerable<TRow> rows, params (TableColumn<TRow> Column, float Weight)[] columns) =>
        pdf.TableFrom([.. columns.Select(c => new PackColumn<TRow>(c.Column, c.Weight))], rows);

    /// <summary>The columns picked by heading from the definition.</summary>
    public static void Table<TRow>(this PdfComposer pdf, TableColumns<TRow> columns, IReadOnlyList<(string Heading, float Weight)> picked, IEnumerable<TRow> rows) =>
        pdf.TableFrom([.. picked.Select(p => new PackColumn<TRow>(columns[p.Heading], p.Weight))], rows);
}
