using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using MiniExcelLibs;
using ShaOversight.Core.Features.Exports;
using Sylvan.Data.Csv;

namespace ShaOversight.Tests.Features.Exports;

public sealed class TableWriterTests
{
    private static readonly TableExport Awkward = new("Awkward cells",
        [new("Name", CellKind.Text), new("Amount (£)", CellKind.Money), new("On", CellKind.Date), new("Count", CellKind.Integer), new("Stalled", CellKind.YesNo)],
        [
            ["=HYPERLINK(\"http://evil\",\"x\")", -1234.5m, new DateOnly(2010, 3, 31), 3, true],
            ["+44 20", 0m, new DateOnly(2009, 4, 1), -2, false],
            ["-1+2", 12.345m, null, null, null],
            ["@SUM(A1)", null, new DateOnly(2008, 12, 25), 0, true],
            ["\tTabbed", 1m, null, 1, false],
            ["\rReturn", 1m, null, 1, false],
            ["Hillingdon, \"BUPA\"\r\nsecond line", 350000m, null, 1, false],
            ["Plain – £ and é", 0.005m, null, 1, false],
            ["\uFF1D1+1", 2m, null, 2, false],
            ["\uFF0B1", 2m, null, 2, false],
            ["\uFF0D1", 2m, null, 2, false],
            ["\uFF20SUM(A1)", 2m, null, 2, false],
        ]);

    private static readonly string[] Names = [.. Awkward.Rows.Select(row => (string)row[0]!)];

    private static readonly string[] NeutralisedNames =
    [
        "'=HYPERLINK(\"http://evil\",\"x\")", "'+44 20", "'-1+2", "'@SUM(A1)", "'\tTabbed", "'\rReturn",
        "Hillingdon, \"BUPA\"\r\nsecond line", "Plain – £ and é", "'\uFF1D1+1", "'\uFF0B1", "'\uFF0D1", "'\uFF20SUM(A1)",
    ];

    [Fact]
    public async Task Csv_neutralises_formulas_in_text_keeps_numbers_numeric_and_quotes_as_rfc_4180()
    {
        using var stream = new MemoryStream();
        await CsvTableWriter.WriteAsync(Awkward, stream, CancellationToken.None);
        var bytes = stream.ToArray();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Name,Amount (£),On,Count,Stalled\r\n", text);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-1234.50,31/03/2010,3,Yes\r\n", text);
        Assert.Contains("\"Hillingdon, \"\"BUPA\"\"\r\nsecond line\",350000.00,,1,No\r\n", text);

        using var reader = CsvDataReader.Create(new StringReader(text));
        var rows = new List<string[]>();
        while (await reader.ReadAsync()) rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);

        Assert.Equal(NeutralisedNames, rows.Select(r => r[0]));
        Assert.Equal(["-1234.50", "0.00", "12.35", "", "1.00", "1.00", "350000.00", "0.01", "2.00", "2.00", "2.00", "2.00"], rows.Select(r => r[1]));
        Assert.Equal(["31/03/2010", "01/04/2009", "", "25/12/2008", "", "", "", "", "", "", "", ""], rows.Select(r => r[2]));
        Assert.Equal(["3", "-2", "", "0", "1", "1", "1", "1", "2", "2", "2", "2"], rows.Select(r => r[3]));
    }

    [Fact]
    public async Task Xlsx_reads_back_cell_by_cell_with_numbers_as_numbers_and_text_exactly_as_written()
    {
        using var stream = new MemoryStream();
        await XlsxTableWriter.WriteAsync(Awkward, stream, CancellationToken.None);
        stream.Position = 0;

        var rows = (await MiniExcel.QueryAsync(stream, useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(Awkward.Rows.Count(), rows.Count);
        Assert.Equal(["Name", "Amount (£)", "On", "Count", "Stalled"], rows[0].Keys);
        // No leading apostrophe: the cell's style, not its text, stops a formula (see below).
        Assert.Equal(Names, rows.Select(r => (string?)r["Name"]));
        Assert.Equal([-1234.5, 0, 12.35, null, 1, 1, 350000, 0.01, 2, 2, 2, 2], rows.Select(r => r["Amount (£)"] is null ? (double?)null : Convert.ToDouble(r["Amount (£)"])));
        Assert.Equal(new DateTime(2010, 3, 31), Assert.IsType<DateTime>(rows[0]["On"]));
        Assert.Null(rows[2]["On"]);
        Assert.Equal([3d, -2d, null, 0d, 1d, 1d, 1d, 1d, 2d, 2d, 2d, 2d], rows.Select(r => r["Count"] is null ? (double?)null : Convert.ToDouble(r["Count"])));
        Assert.Equal(["Yes", "No", null, "Yes", "No", "No", "No", "No", "No", "No", "No", "No"], rows.Select(r => (string?)r["Stalled"]));
    }

    [Fact]
    public async Task Xlsx_marks_text_that_would_start_a_formula_with_the_quote_prefix_style_and_leaves_its_text_alone()
    {
        using var stream = new MemoryStream();
        await XlsxTableWriter.WriteAsync(Awkward, stream, CancellationToken.None);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var sheet = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var styles = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var formats = styles.Descendants(main + "cellXfs").Single().Elements(main + "xf").ToList();

        var nameCells = sheet.Descendants(main + "c").Where(c => ((string)c.Attribute("r")!).StartsWith('A')).Skip(1).ToList();
        Assert.Equal(Names, nameCells.Select(c => string.Concat(c.Descendants(main + "t").Select(t => t.Value))));
        var prefixed = nameCells.Select(c => (string?)formats[(int?)c.Attribute("s") ?? 0].Attribute("quotePrefix") == "1");
        Assert.Equal([true, true, true, true, true, true, false, false, true, true, true, true], prefixed);
    }

    [Fact]
    public async Task Xlsx_can_be_written_to_a_stream_that_only_writes()
    {
        using var target = new MemoryStream();
        await using (var writeOnly = new WriteOnlyStream(target))
            await XlsxTableWriter.WriteAsync(Awkward, writeOnly, CancellationToken.None);

        target.Position = 0;
        var rows = (await MiniExcel.QueryAsync(target, useHeaderRow: true)).ToList();
        Assert.Equal(Awkward.Rows.Count(), rows.Count);
    }

    /// <summary>Like an HTTP response body: no reading back, no seeking.</summary>
    private sealed class WriteOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("\uFF1D1+1", "'\uFF1D1+1")]
    [InlineData("\uFF0B1", "'\uFF0B1")]
    [InlineData("\uFF0D1", "'\uFF0D1")]
    [InlineData("\uFF20x", "'\uFF20x")]
    [InlineData("NHS London", "NHS London")]
    [InlineData("", "")]
    [InlineData("a=1", "a=1")]
    public void Text_that_would_start_a_formula_gets_a_leading_quote(string text, string expected) =>
        Assert.Equal(expected, CellValues.Neutralise(text));

    [Fact]
    public void File_names_say_what_and_when() =>
        Assert.Equal("nhs-london-savings-contracts-2009-10-as-at-2010-03-31.csv",
            ExportFileName.For("NHS London", "savings-contracts", "2009-10", new DateOnly(2010, 3, 31), "csv"));
}
