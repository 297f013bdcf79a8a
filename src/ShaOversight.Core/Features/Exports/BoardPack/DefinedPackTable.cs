using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// A feature's table on paper: the columns the pack has room for, picked by heading from the table's own
/// definition, with its headings and its text, so the pack, the page and the download cannot drift apart.
/// The widths are the pack's own.
/// </summary>
internal static class DefinedPackTable
{
    public static void Table<TRow>(this PdfComposer pdf, TableColumns<TRow> columns, IReadOnlyList<(string Heading, float Weight)> picked, IEnumerable<TRow> rows)
    {
        var chosen = picked.Select(p => (Column: columns[p.Heading], p.Weight)).ToList();
        pdf.Table([.. chosen.Select(c => new PdfColumn(c.Column.Heading, c.Weight, c.Column.AlignRight))],
            rows.Select(row => (IReadOnlyList<string>)[.. chosen.Select(c => c.Column.Text(row))]));
    }
}
