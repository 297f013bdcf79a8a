using System.Text;

namespace ShaOversight.Core.Features.Exports;

/// <summary>
/// Writes a table as RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, quote,
/// CR or LF, and quotes inside doubled. UTF-8 with a byte-order mark, so Excel reads "£" and
/// accented names correctly. Rows are written as they are enumerated.
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(TableExport table, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await WriteLineAsync(writer, table.Columns.Select(c => CellValues.Neutralise(c.Header)));
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteLineAsync(writer, table.Columns.Select((column, i) => CellValues.ToText(row[i], column.Kind)));
        }
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Builds the line first: one write a row, rather than one a field, is what keeps 100,000 rows quick.</summary>
    private static Task WriteLineAsync(StreamWriter writer, IEnumerable<string> fields) =>
        writer.WriteLineAsync(string.Join(',', fields.Select(Quote)));

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
