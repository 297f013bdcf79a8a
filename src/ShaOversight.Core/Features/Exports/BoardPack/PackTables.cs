using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>A feature's table on paper: its columns' headings, alignment and text, as the page and the download have them; only the widths are the pack's.</summary>
internal static class PackTables
{
    public static void Table<TRow>(this PdfComposer pdf, IEnumerable<TRow> rows, params (TableColumn<TRow> Column, float Weight)[] columns) =>
        pdf.Table([.. columns.Select(c => new PdfColumn(c.Column.Heading, c.Weight, c.Column.AlignRight))],
            rows.Select(row => (IReadOnlyList<string>)[.. columns.Select(c => c.Column.Text(row))]));
}
