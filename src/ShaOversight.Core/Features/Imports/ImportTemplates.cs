using System.Text;
using MiniExcelLibs;

namespace ShaOversight.Core.Features.Imports;

/// <summary>The blank-but-for-examples files analysts download, fill in and upload.</summary>
public sealed class ImportTemplates(ImportRunner runner)
{
    public UploadedFile Csv(ImportKind kind)
    {
        var definition = runner.KindOf(kind);
        var text = new StringBuilder();
        text.AppendJoin(',', definition.Columns.Select(c => Quote(c.Name))).Append("\r\n");
        foreach (var example in definition.ExampleRows)
            text.AppendJoin(',', example.Select(Quote)).Append("\r\n");
        // With a byte-order mark Excel opens the file as UTF-8, so the £ signs survive.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new UploadedFile($"{ImportKinds.Slug(kind)}-template.csv", bytes);
    }

    public UploadedFile Excel(ImportKind kind)
    {
        var definition = runner.KindOf(kind);
        var rows = definition.ExampleRows.Select(example => definition.Columns
            .Select((column, index) => (column.Name, Value: (object)example[index]))
            .ToDictionary(cell => cell.Name, cell => cell.Value));
        using var stream = new MemoryStream();
        // Example values are stored as text, exactly as typed, so the template shows each accepted format.
        stream.SaveAs(rows, sheetName: definition.Title.Length > 31 ? definition.Title[..31] : definition.Title);
        return new UploadedFile($"{ImportKinds.Slug(kind)}-template.xlsx", stream.ToArray());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
