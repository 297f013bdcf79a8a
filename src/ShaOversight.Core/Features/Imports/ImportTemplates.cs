using ShaOversight.Core.Features.Exports;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// The blank-but-for-examples files analysts download, fill in and upload. They are written by
/// the table downloads' own CSV and Excel writers; the example values are text, exactly as
/// typed, so the template shows each format the kind accepts.
/// </summary>
public sealed class ImportTemplates(ImportRunner runner)
{
    public TableDownload For(ImportKind kind, ExportFormat format)
    {
        var definition = runner.KindOf(kind);
        return new TableDownload($"{ImportKinds.Slug(kind)}-template.{format.Extension()}", format,
            new TableExport(definition.Title,
                [.. definition.Columns.Select(column => new ExportColumn(column.Name, CellKind.Text))],
                definition.ExampleRows.Select(example => (IReadOnlyList<object?>)example)));
    }
}
