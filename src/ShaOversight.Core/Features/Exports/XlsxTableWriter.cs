using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace ShaOversight.Core.Features.Exports;

/// <summary>
/// Writes a table as one Excel worksheet through MiniExcel, which streams rows into the file
/// as they are enumerated. Numbers stay numbers and dates stay dates; text is neutralised.
/// </summary>
public static class XlsxTableWriter
{
    public static async Task WriteAsync(TableExport table, Stream stream, CancellationToken cancellationToken)
    {
        var headers = table.Columns.Select(c => c.Header).ToList();
        if (headers.Distinct(StringComparer.Ordinal).Count() != headers.Count)
            throw new InvalidOperationException($"The table '{table.Title}' has two columns with one heading.");

        var configuration = new OpenXmlConfiguration
        {
            TableStyles = TableStyles.None,
            AutoFilter = false,
            // FastMode trades memory for speed by holding the sheet; a streamed download wants the opposite.
            FastMode = false,
            DynamicColumns = [.. table.Columns.Where(c => c.Kind == CellKind.Date)
                .Select(c => new MiniExcelLibs.Attributes.DynamicExcelColumn(c.Header) { Format = CellValues.DateFormat, Width = 12 })],
        };
        if (stream is { CanRead: true, CanWrite: true, CanSeek: true })
        {
            await SaveAsync(stream);
            return;
        }
        // Without FastMode MiniExcel updates the zip in place, which needs a stream it can read,
        // write and seek: build the file in a temporary one (deleted on close), then copy it out.
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await SaveAsync(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken);

        Task SaveAsync(Stream target) => MiniExcel.SaveAsAsync(target, Rows(table, headers), printHeader: true, sheetName: SheetName(table.Title),
            excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: cancellationToken);
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(TableExport table, List<string> headers)
    {
        foreach (var row in table.Rows)
        {
            var cells = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
            for (var i = 0; i < headers.Count; i++) cells[headers[i]] = CellValues.ToCell(row[i], table.Columns[i].Kind);
            yield return cells;
        }
    }

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ].</summary>
    internal static string SheetName(string title)
    {
        var cleaned = new string([.. title.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c)]).Trim();
        return cleaned.Length <= 31 ? cleaned : cleaned[..31].TrimEnd();
    }
}
