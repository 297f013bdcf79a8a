using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// Checks how far a workbook's sheets reach before anything materialises them. A sheet
/// declares its range (<c>&lt;dimension ref="A1:D40"/&gt;</c>) and numbers its rows and cells;
/// a reader that trusts those sizes a 3 KB file claiming A1:XFD1048576, or one cell at row
/// 1,048,576, as a billion cells. So every part that is a worksheet (wherever the workbook
/// points) is streamed once, and refused at the first declared or actual row or column past
/// the limits. The work is bounded by the limits, not by what the file claims.
/// </summary>
internal static class WorkbookBounds
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    public static string? Problem(ZipArchive zip, ImportLimits limits, CancellationToken cancellationToken)
    {
        foreach (var entry in zip.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var part = entry.Open();
            using var reader = XmlReader.Create(part, Settings);
            bool isSheet;
            try
            {
                isSheet = reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "worksheet";
            }
            catch (XmlException) when (!LooksLikeXml(entry))
            {
                // Not XML at all (an image, printer settings): not a sheet, so nothing to bound.
                continue;
            }
            if (isSheet && SheetProblem(reader, limits, cancellationToken) is { } problem) return problem;
        }
        return null;
    }

    private static string? SheetProblem(XmlReader reader, ImportLimits limits, CancellationToken cancellationToken)
    {
        var lastRowAllowed = (long)limits.MaxRows + 1; // the header is row 1
        long row = 0, column = 0, rowsSeen = 0, cellsInRow = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "dimension":
                    foreach (var corner in (reader.GetAttribute("ref") ?? "").Split(':'))
                    {
                        if (Cell(corner) is not var (declaredColumn, declaredRow)) continue;
                        if (declaredRow > lastRowAllowed || declaredColumn > limits.MaxColumns)
                            return limits.TooManyCells($"The workbook's sheet declares that it reaches row {Number(declaredRow)} and column {ColumnName(declaredColumn)}");
                    }
                    break;
                case "row":
                    row = RowNumber(reader.GetAttribute("r")) ?? row + 1;
                    column = cellsInRow = 0;
                    if (row > lastRowAllowed)
                        return limits.TooManyCells($"The workbook's sheet has a row numbered {Number(row)}");
                    // Row numbers may repeat in a crafted file; the count of rows is bounded too.
                    if (++rowsSeen > lastRowAllowed)
                        return limits.TooManyCells($"The workbook's sheet has more than {Number(lastRowAllowed)} rows");
                    if (row % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
                    break;
                case "c":
                    column = reader.GetAttribute("r") is { } reference && Cell(reference) is var (cellColumn, _) ? cellColumn : column + 1;
                    if (column > limits.MaxColumns)
                        return limits.TooManyCells($"The workbook's sheet has a value in column {ColumnName(column)}");
                    if (++cellsInRow > limits.MaxColumns)
                        return limits.TooManyCells($"Row {Number(row)} of the workbook's sheet has more than {Number(limits.MaxColumns)} cells");
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a part that failed to parse starts as XML does. Such a part might be a sheet another
    /// reader would accept, so the caller treats the failure as a damaged workbook, not as "no sheet".
    /// </summary>
    private static bool LooksLikeXml(ZipArchiveEntry entry)
    {
        using var part = entry.Open();
        Span<byte> start = stackalloc byte[64];
        var read = part.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var text = start[..read];
        if (text.StartsWith("\uFEFF"u8)) text = text[3..];
        var first = text.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && text[first] == (byte)'<';
    }

    /// <summary>A reference such as <c>B12</c> or <c>$XFD$1048576</c>; lengths are capped so a hostile one cannot overflow.</summary>
    private static (long Column, long Row)? Cell(string reference)
    {
        var text = reference.Replace("$", "", StringComparison.Ordinal).Trim();
        var letters = 0;
        while (letters < text.Length && char.IsAsciiLetter(text[letters])) letters++;
        if (letters == 0 || letters > 7) return letters > 7 ? (long.MaxValue, 1) : null;
        long column = 0;
        foreach (var letter in text[..letters]) column = column * 26 + (char.ToUpperInvariant(letter) - 'A' + 1);
        return (column, RowNumber(text[letters..]) ?? 1);
    }

    private static long? RowNumber(string? digits) =>
        string.IsNullOrEmpty(digits) ? null
        : digits.Length > 12 ? long.MaxValue
        : long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static string Number(long value) => value == long.MaxValue ? "beyond Excel's last" : value.ToString("N0", CultureInfo.InvariantCulture);

    private static string ColumnName(long column)
    {
        if (column > 16_384) return column == long.MaxValue ? "beyond Excel's last" : FormattableString.Invariant($"{column:N0} (beyond Excel's last, XFD)");
        var name = "";
        for (var rest = column; rest > 0; rest = (rest - 1) / 26) name = (char)('A' + (rest - 1) % 26) + name;
        return name;
    }
}
