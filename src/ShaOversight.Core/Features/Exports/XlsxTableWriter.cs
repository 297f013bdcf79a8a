using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace ShaOversight.Core.Features.Exports;

/// <summary>
/// Writes a table as a one-sheet Excel workbook, streaming rows into the zip as they are
/// enumerated. Numbers stay numbers and dates stay dates. Text that a spreadsheet would run as
/// a formula gets Excel's quote-prefix cell style (<c>quotePrefix="1"</c>), the flag Excel sets
/// itself when someone types <c>'=</c>: the cell shows and holds the text exactly, and editing it
/// does not turn it into a formula. Written by hand (a few fixed parts and one sheet) because
/// MiniExcel cannot set a cell's style.
/// </summary>
public static class XlsxTableWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Indexes into the <c>cellXfs</c> of <see cref="Styles"/>.</summary>
    private const int DateStyle = 1, QuotePrefixStyle = 2;

    private static readonly XmlWriterSettings Xml = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // A carriage return inside a cell is data: written as &#xD; so it reads back unchanged.
        NewLineHandling = NewLineHandling.Entitize,
    };

    public static Task WriteAsync(TableExport table, Stream stream, CancellationToken cancellationToken)
    {
        var headers = table.Columns.Select(c => c.Header).ToList();
        if (headers.Distinct(StringComparer.Ordinal).Count() != headers.Count)
            throw new InvalidOperationException($"The table '{table.Title}' has two columns with one heading.");

        // ZipArchive writes through to any stream, one that cannot seek included (with data descriptors).
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes);
        Part(zip, "_rels/.rels", PackageRelationships);
        Part(zip, "xl/workbook.xml", Workbook(SheetName(table.Title)));
        Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
        Part(zip, "xl/styles.xml", Styles);
        using (var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        using (var writer = XmlWriter.Create(sheet, Xml))
            WriteSheet(writer, table, cancellationToken);
        return Task.CompletedTask;
    }

    private static void WriteSheet(XmlWriter writer, TableExport table, CancellationToken cancellationToken)
    {
        writer.WriteStartElement("worksheet", Main);
        var dateColumns = table.Columns.Select((column, index) => (column, index)).Where(c => c.column.Kind == CellKind.Date).ToList();
        if (dateColumns.Count > 0)
        {
            writer.WriteStartElement("cols", Main);
            foreach (var (_, index) in dateColumns)
            {
                writer.WriteStartElement("col", Main);
                writer.WriteAttributeString("min", Number(index + 1));
                writer.WriteAttributeString("max", Number(index + 1));
                writer.WriteAttributeString("width", "12");
                writer.WriteAttributeString("customWidth", "1");
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteStartElement("sheetData", Main);
        var rowNumber = 1;
        WriteRow(writer, rowNumber, table.Columns.Select(c => (object?)c.Header).ToList(), table.Columns.Select(_ => CellKind.Text).ToList());
        var kinds = table.Columns.Select(c => c.Kind).ToList();
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(writer, ++rowNumber, row, kinds);
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(XmlWriter writer, int rowNumber, IReadOnlyList<object?> values, IReadOnlyList<CellKind> kinds)
    {
        writer.WriteStartElement("row", Main);
        writer.WriteAttributeString("r", Number(rowNumber));
        for (var index = 0; index < kinds.Count; index++)
        {
            var value = CellValues.ToCell(values[index], kinds[index]);
            if (value is null) continue;
            writer.WriteStartElement("c", Main);
            writer.WriteAttributeString("r", ColumnName(index + 1) + Number(rowNumber));
            switch (value)
            {
                case string text:
                    writer.WriteAttributeString("t", "inlineStr");
                    if (CellValues.StartsFormula(text)) writer.WriteAttributeString("s", Number(QuotePrefixStyle));
                    writer.WriteStartElement("is", Main);
                    writer.WriteStartElement("t", Main);
                    writer.WriteAttributeString("xml", "space", null, "preserve");
                    writer.WriteString(Escaped(text));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    break;
                case DateTime date:
                    writer.WriteAttributeString("s", Number(DateStyle));
                    writer.WriteElementString("v", Main, date.ToOADate().ToString(CultureInfo.InvariantCulture));
                    break;
                case IFormattable number:
                    writer.WriteElementString("v", Main, number.ToString(null, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new InvalidOperationException($"A cell holds a {value.GetType().Name}, which the Excel writer does not know.");
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>
    /// Excel's own escape (ST_Xstring) for characters XML cannot hold, such as a stray control
    /// character: <c>_x0001_</c>. Text that already looks like an escape has its underscore escaped,
    /// so it reads back as typed.
    /// </summary>
    private static string Escaped(string text)
    {
        if (!text.Any(c => c == '_' || !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))) return text;
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var looksLikeEscape = c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_'
                && text.AsSpan(i + 2, 4).ContainsOnlyHex();
            if (looksLikeEscape || !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> text) => !text.ContainsAnyExcept("0123456789abcdefABCDEF");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ColumnName(int column)
    {
        var name = "";
        for (var rest = column; rest > 0; rest = (rest - 1) / 26) name = (char)('A' + (rest - 1) % 26) + name;
        return name;
    }

    /// <summary>Excel allows 31 characters and none of : \ / ? * [ ].</summary>
    internal static string SheetName(string title)
    {
        var cleaned = new string([.. title.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c)]).Trim();
        return cleaned.Length <= 31 ? cleaned : cleaned[..31].TrimEnd();
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var part = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        part.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static string Workbook(string sheetName) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{System.Security.SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>""";

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>Three cell formats: plain (0), a dd/mm/yyyy date (1), and quote-prefixed text (2).</summary>
    private const string Styles =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
