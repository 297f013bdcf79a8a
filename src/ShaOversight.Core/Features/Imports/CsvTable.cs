using System.Text;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// A strict RFC 4180 reader. Written here rather than borrowed because an import must say
/// exactly where a file is broken (an unclosed quote, a stray quote, a ragged row), where a
/// lenient reader would guess and carry on. It stops at the first line past the row limit, or
/// the first value past the column or cell-length limit, so a hostile file costs no more than a
/// file at the limits.
/// </summary>
public static class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TabularReadResult Read(ReadOnlySpan<byte> content, ImportLimits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Excel's "CSV UTF-8" starts with a byte-order mark; it is not part of the first heading.
        if (content.StartsWith("\uFEFF"u8)) content = content[3..];
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return TabularReadResult.Refused(
                "The file is not UTF-8 text, so characters such as £ would be misread. In Excel, save it as \"CSV UTF-8 (Comma delimited)\".");
        }
        return Parse(text, limits, cancellationToken);
    }

    internal static TabularReadResult Parse(string text, ImportLimits limits, CancellationToken cancellationToken)
    {
        var records = new List<(int Line, List<string> Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var position = 0;
        var atFieldStart = true;
        var quoted = false;
        var quoteOpenedOnLine = 0;

        while (position < text.Length)
        {
            if ((position & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (field.Length > ImportLimits.MaxCellCharacters)
                return Broken(line, FormattableString.Invariant($"value {fields.Count + 1} is more than {ImportLimits.MaxCellCharacters:N0} characters long, more than a spreadsheet cell holds."));
            var c = text[position];
            if (quoted)
            {
                if (c == '"')
                {
                    if (position + 1 < text.Length && text[position + 1] == '"')
                    {
                        field.Append('"');
                        position += 2;
                        continue;
                    }
                    quoted = false;
                    position++;
                    // After a closing quote only a delimiter or the end of the record may follow.
                    if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                        return Broken(line, $"text follows a closing quote in value {fields.Count + 1}; a quote inside a quoted value must be doubled (\"\").");
                    continue;
                }
                if (c == '\n') line++;
                field.Append(c);
                position++;
                continue;
            }

            switch (c)
            {
                case '"' when atFieldStart:
                    quoted = true;
                    quoteOpenedOnLine = line;
                    atFieldStart = false;
                    position++;
                    break;
                case '"':
                    return Broken(line, $"a quote appears inside value {fields.Count + 1}, which did not start with a quote. Put the whole value in quotes and double the quote (\"\").");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count >= limits.MaxColumns)
                        return TabularReadResult.Refused(limits.TooManyCells(FormattableString.Invariant($"Line {line} of the file has more than {limits.MaxColumns:N0} values")));
                    atFieldStart = true;
                    position++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (!Keep(records, recordLine, fields, limits)) return TooManyRows(limits);
                    fields = [];
                    atFieldStart = true;
                    position += c == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    atFieldStart = false;
                    position++;
                    break;
            }
        }
        if (quoted)
            return Broken(quoteOpenedOnLine, "a quote opened here is never closed, so the rest of the file would be read as one value.");
        if (!atFieldStart || fields.Count > 0)
        {
            fields.Add(field.ToString());
            if (!Keep(records, recordLine, fields, limits)) return TooManyRows(limits);
        }
        return Shape(records);
    }

    /// <summary>Adds a record unless it is a blank line (often at the end of a file), which carries nothing; false past the row limit.</summary>
    private static bool Keep(List<(int Line, List<string> Fields)> records, int line, List<string> fields, ImportLimits limits)
    {
        if (fields is not [{ Length: 0 }]) records.Add((line, fields));
        return records.Count <= limits.MaxRows + 1;
    }

    private static TabularReadResult TooManyRows(ImportLimits limits) =>
        TabularReadResult.Refused(limits.TooManyCells(FormattableString.Invariant($"The file has more than {limits.MaxRows:N0} rows of data")));

    private static TabularReadResult Shape(List<(int Line, List<string> Fields)> records)
    {
        if (records.Count == 0) return TabularReadResult.Refused("The file is empty: it has no header row.");

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        if (header.Length == 1 && OtherDelimiter(header[0]) is { } delimiter)
            return TabularReadResult.Refused(
                $"The values are separated by {delimiter}, not commas. Save the file as CSV (comma delimited) or use the Excel template.");

        var rows = new List<TabularRow>(records.Count - 1);
        // A ragged row keeps its own length; it is reported with the other row problems, so
        // the preview lists everything at once.
        foreach (var (line, fields) in records.Skip(1))
            rows.Add(new TabularRow(line, [.. fields]));
        return TabularReadResult.Read(new TabularData(header, rows, "CSV"));
    }

    private static string? OtherDelimiter(string onlyHeading) =>
        onlyHeading.Contains(';') ? "semicolons" :
        onlyHeading.Contains('\t') ? "tabs" :
        onlyHeading.Contains('|') ? "vertical bars" : null;

    private static TabularReadResult Broken(int line, string reason) =>
        TabularReadResult.Refused($"The file is not well-formed CSV at line {line}: {reason}");
}
