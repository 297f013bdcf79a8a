using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Features.Imports.ImportFiles;

namespace ShaOversight.Tests.Features.Imports;

/// <summary>
/// Files built to cost the server far more than their size: each is refused with a plain
/// message, within the two seconds the security review set, and stops when its caller goes.
/// </summary>
public sealed class HostileFileTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_tiny_workbook_declaring_every_cell_of_a_sheet_is_refused_within_two_seconds()
    {
        var workbook = Workbook("""<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Contract reference</t></is></c></row></sheetData>""");
        Assert.InRange(workbook.Length, 500, 4 * 1024);

        var (outcome, took) = await PreviewTimedAsync(new UploadedFile("declared.xlsx", workbook));

        Assert.True(took < Bound, $"Refusing took {took.TotalSeconds:0.0} s.");
        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Contains("declares that it reaches row 1,048,576 and column XFD", problem);
        Assert.Contains("at most 200,000 rows of data and 50 columns", problem);
    }

    [Fact]
    public async Task A_workbook_with_one_cell_in_the_last_row_of_a_sheet_is_refused_within_two_seconds()
    {
        var workbook = Workbook("""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Contract reference</t></is></c></row><row r="1048576"><c r="A1048576"><v>1</v></c></row></sheetData>""");

        var (outcome, took) = await PreviewTimedAsync(new UploadedFile("last-row.xlsx", workbook));

        Assert.True(took < Bound, $"Refusing took {took.TotalSeconds:0.0} s.");
        Assert.Contains("has a row numbered 1,048,576", Assert.Single(outcome.Problems).ToString());
    }

    [Fact]
    public async Task A_workbook_with_a_value_far_to_the_right_is_refused_however_small_its_declared_range()
    {
        var workbook = Workbook("""<dimension ref="A1:A1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Contract reference</t></is></c><c r="ZZ1"><v>1</v></c></row></sheetData>""");

        var (outcome, _) = await PreviewTimedAsync(new UploadedFile("wide.xlsx", workbook));

        Assert.Contains("has a value in column ZZ", Assert.Single(outcome.Problems).ToString());
    }

    [Fact]
    public void A_workbook_repeating_one_row_number_is_refused_by_its_count_of_rows()
    {
        var repeated = string.Concat(Enumerable.Repeat("""<row r="2"><c r="A2"><v>1</v></c></row>""", 20));
        var workbook = Workbook($"""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Contract reference</t></is></c></row>{repeated}</sheetData>""");

        var read = new UploadedFile("repeated.xlsx", workbook).ReadTable(new ImportLimits(MaxRows: 10), CancellationToken.None);

        Assert.StartsWith("The workbook's sheet has more than 11 rows", read.Problem!.Reason);
    }

    [Fact]
    public void A_cancelled_read_stops_at_once_instead_of_reading_the_whole_file()
    {
        var rows = Enumerable.Range(0, 150_000).Select(i => $"FESC-5AT-{i:000000},04/2010,100.00,90.00");
        var csv = Returns([.. rows]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Read to the end, this file would come back as 150,000 rows; stopped, it comes back as nothing.
        Assert.ThrowsAny<OperationCanceledException>(() => csv.ReadTable(new ImportLimits(), cancelled.Token));
    }

    [Fact]
    public void A_cancelled_workbook_read_stops_before_it_parses_anything()
    {
        var workbook = Workbook("""<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Contract reference</t></is></c></row></sheetData>""");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new UploadedFile("returns.xlsx", workbook).ReadTable(new ImportLimits(), cancelled.Token));
    }

    [Fact]
    public async Task A_long_heading_is_quoted_cut_to_a_hundred_characters()
    {
        var heading = new string('H', 5_000);
        var file = Csv("long-heading.csv", ImportFiles.ReturnsHeader + "," + heading, "FESC-5AT-001,04/2010,100.00,90.00,x");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(new string('H', ImportProblem.QuotedLength) + "…", problem.Column);
        Assert.True(problem.ToString().Length < 500, $"The message is {problem.ToString().Length} characters.");
    }

    [Fact]
    public async Task A_long_value_is_quoted_cut_to_a_hundred_characters()
    {
        var month = new string('M', 20_000);
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, Returns($"FESC-5AT-001,{month},100.00,90.00")));

        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Contains($"'{new string('M', ImportProblem.QuotedLength)}…' is not a month", problem);
        Assert.True(problem.Length < 500, $"The message is {problem.Length} characters.");
    }

    [Fact]
    public async Task A_ten_megabyte_heading_is_refused_without_being_echoed()
    {
        var file = Csv("huge-heading.csv", ImportFiles.ReturnsHeader + "," + new string('H', 10 * 1_048_576), "FESC-5AT-001,04/2010,100.00,90.00,x");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));

        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Contains("more than 32,767 characters long", problem);
        Assert.True(problem.Length < 500, $"The message is {problem.Length} characters.");
    }

    [Theory]
    [InlineData("rows", "The file has more than 10 rows of data")]
    [InlineData("values", "Line 2 of the file has more than 4 values")]
    public void A_csv_file_past_the_row_or_column_limit_is_refused_as_soon_as_it_passes(string what, string expected)
    {
        var limits = new ImportLimits(MaxRows: 10, MaxColumns: 4);
        var file = what == "rows"
            ? Returns([.. Enumerable.Repeat("FESC-5AT-001,04/2010,100.00,90.00", 11)])
            : Returns("FESC-5AT-001,04/2010,100.00,90.00" + new string(',', 1_000_000));

        var read = file.ReadTable(limits, CancellationToken.None);

        Assert.Null(read.Data);
        Assert.StartsWith(expected, read.Problem!.Reason);
    }

    [Fact]
    public void A_file_at_the_limits_is_still_read()
    {
        var limits = new ImportLimits(MaxRows: 10, MaxColumns: 4);
        var read = Returns([.. Enumerable.Repeat("FESC-5AT-001,04/2010,100.00,90.00", 10)]).ReadTable(limits, CancellationToken.None);

        Assert.Equal(10, read.Data!.Rows.Count);
    }

    private async Task<(ImportOutcome Outcome, TimeSpan Took)> PreviewTimedAsync(UploadedFile file)
    {
        // The bound is for the file, not for the pipeline's first use in this process: warm it first.
        await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, Returns("FESC-5AT-001,04/2010,100.00,90.00")));
        var clock = Stopwatch.StartNew();
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));
        return (outcome, clock.Elapsed);
    }

    /// <summary>The smallest workbook Excel and MiniExcel accept, with the given sheet body.</summary>
    private static byte[] Workbook(string sheetBody)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Returns" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheetBody}</worksheet>""");
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var part = zip.CreateEntry(name).Open();
        part.Write(Encoding.UTF8.GetBytes(xml));
    }
}
