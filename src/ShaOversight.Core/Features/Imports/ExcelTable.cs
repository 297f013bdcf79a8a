using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// Reads the first sheet of an .xlsx workbook. A workbook is a zip, so before anything parses
/// it every part is expanded once with a running count, and a file that grows past the limit
/// (a zip bomb, or a sheet far larger than any return) is refused. Declared sizes are not
/// trusted: a crafted zip can understate them.
/// </summary>
public static class ExcelTable
{
    public static TabularReadResult Read(byte[] content, ImportLimits limits)
    {
        if (ExpansionProblem(content, limits) is { } problem) return TabularReadResult.Refused(problem);

        List<IDictionary<string, object?>> sheet;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            sheet = MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .ToList();
        }
        // A malformed workbook surfaces from MiniExcel as any of these, some from deep inside its
        // parser; each means the same thing to the analyst.
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or FormatException or KeyNotFoundException or NullReferenceException)
        {
            return TabularReadResult.Refused("The Excel workbook could not be read; it may be damaged. Open it in Excel, save it again, and upload that copy.");
        }

        if (sheet.Count == 0) return TabularReadResult.Refused("The workbook's first sheet is empty: it has no header row.");

        // MiniExcel keys cells by column letter (A, B, …); the header row names them.
        var columnKeys = sheet[0].Keys.ToArray();
        var header = columnKeys.Select(key => Text(sheet[0][key])?.Trim() ?? "").ToList();
        while (header.Count > 0 && header[^1].Length == 0) header.RemoveAt(header.Count - 1);
        columnKeys = columnKeys[..header.Count];

        var rows = new List<TabularRow>(sheet.Count - 1);
        for (var index = 1; index < sheet.Count; index++)
        {
            var cells = sheet[index];
            var typed = columnKeys.Select(key => cells.TryGetValue(key, out var value) ? value : null).ToArray();
            // Cells beyond the header are extra values, which make the row ragged, as in CSV.
            var extra = cells.Keys.Skip(columnKeys.Length).Count(key => Text(cells[key]) is { Length: > 0 });
            if (typed.All(v => Text(v) is null or { Length: 0 }) && extra == 0) continue;
            var texts = typed.Select(Text).Concat(Enumerable.Repeat<string?>("", extra)).ToArray();
            rows.Add(new TabularRow(index + 1, texts, extra == 0 ? typed : null));
        }
        return TabularReadResult.Read(new TabularData(header, rows, "Excel"));
    }

    private static string? ExpansionProblem(byte[] content, ImportLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!names.Contains("[Content_Types].xml") || !names.Contains("xl/workbook.xml"))
                return "The file is a zip archive but not an Excel workbook (.xlsx).";

            long expanded = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    expanded += read;
                    if (expanded > limits.MaxExpandedBytes)
                        return $"The workbook expands to more than {limits.MaxExpandedBytes / 1_048_576} MB when opened, far more than any template needs, so it was refused as unsafe.";
                }
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return "The Excel workbook is damaged: its zip structure cannot be read.";
        }
    }

    /// <summary>What a person would see in the cell, for messages and for text columns.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : date.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
