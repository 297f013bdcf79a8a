using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// Reads the first sheet of an .xlsx workbook. A workbook is a zip, so before anything parses
/// it every part is expanded once with a running count, and a file that grows past the limit
/// (a zip bomb, or a sheet far larger than any return) is refused. Declared sizes are not
/// trusted: a crafted zip can understate them, and a sheet can claim a range of a billion
/// cells, so <see cref="WorkbookBounds"/> refuses one whose rows or columns pass the limits
/// before MiniExcel reads it. Rows are then taken one at a time as MiniExcel streams them.
/// </summary>
public static class ExcelTable
{
    public static TabularReadResult Read(byte[] content, ImportLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            if (ContainerProblem(content, limits, cancellationToken) is { } problem) return TabularReadResult.Refused(problem);
            using var stream = new MemoryStream(content, writable: false);
            return Rows(MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>(), limits, cancellationToken);
        }
        // A malformed workbook surfaces from MiniExcel as any of these, some from deep inside its
        // parser; each means the same thing to the analyst.
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or System.Xml.XmlException or FormatException or KeyNotFoundException or NullReferenceException or IndexOutOfRangeException or ArgumentException)
        {
            return TabularReadResult.Refused("The Excel workbook could not be read; it may be damaged. Open it in Excel, save it again, and upload that copy.");
        }
    }

    private static TabularReadResult Rows(IEnumerable<IDictionary<string, object?>> sheet, ImportLimits limits, CancellationToken cancellationToken)
    {
        string[]? columnKeys = null;
        List<string> header = [];
        var rows = new List<TabularRow>();
        var index = 0;
        foreach (var cells in sheet)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // WorkbookBounds has checked the rows' numbers and count; this holds whatever MiniExcel makes of them.
            if (++index > limits.MaxRows + 1)
                return TabularReadResult.Refused(limits.TooManyCells(FormattableString.Invariant($"The workbook's first sheet has more than {limits.MaxRows:N0} rows of data")));
            if (cells.Values.Select(Text).FirstOrDefault(text => text?.Length > ImportLimits.MaxCellCharacters) is { } tooLong)
                return TabularReadResult.Refused(FormattableString.Invariant(
                    $"Row {index} holds a value {tooLong.Length:N0} characters long; an Excel cell holds at most {ImportLimits.MaxCellCharacters:N0}."));
            if (columnKeys is null)
            {
                // MiniExcel keys cells by column letter (A, B, …); the header row names them.
                columnKeys = [.. cells.Keys];
                header = [.. columnKeys.Select(key => Text(cells[key])?.Trim() ?? "")];
                while (header.Count > 0 && header[^1].Length == 0) header.RemoveAt(header.Count - 1);
                columnKeys = columnKeys[..header.Count];
                continue;
            }
            var typed = columnKeys.Select(key => cells.TryGetValue(key, out var value) ? value : null).ToArray();
            // Cells beyond the header are extra values, which make the row ragged, as in CSV.
            var extra = cells.Keys.Skip(columnKeys.Length).Count(key => Text(cells[key]) is { Length: > 0 });
            if (typed.All(v => Text(v) is null or { Length: 0 }) && extra == 0) continue;
            var texts = typed.Select(Text).Concat(Enumerable.Repeat<string?>("", extra)).ToArray();
            rows.Add(new TabularRow(index, texts, extra == 0 ? typed : null));
        }
        if (columnKeys is null) return TabularReadResult.Refused("The workbook's first sheet is empty: it has no header row.");
        return TabularReadResult.Read(new TabularData(header, rows, "Excel"));
    }

    /// <summary>Whether the zip is a workbook, expands within the limit, and has sheets within the row and column limits.</summary>
    private static string? ContainerProblem(byte[] content, ImportLimits limits, CancellationToken cancellationToken)
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
                cancellationToken.ThrowIfCancellationRequested();
                using var part = entry.Open();
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    expanded += read;
                    if (expanded > limits.MaxExpandedBytes)
                        return $"The workbook expands to more than {limits.MaxExpandedBytes / 1_048_576} MB when opened, far more than any template needs, so it was refused as unsafe.";
                }
            }
            return WorkbookBounds.Problem(zip, limits, cancellationToken);
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
