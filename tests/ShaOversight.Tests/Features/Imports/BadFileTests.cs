using System.IO.Compression;
using System.Text;
using MiniExcelLibs;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Features.Imports.ImportFiles;

namespace ShaOversight.Tests.Features.Imports;

/// <summary>
/// Every broken file is committed, not just previewed, and must come back with a clear reason
/// and leave every table an import writes exactly as it was (row counts and a checksum).
/// </summary>
public sealed class BadFileTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    private const string Good = "FESC-5AT-001,04/2010,100.00,90.00";

    public static TheoryData<string> Cases => [.. BadFiles.Keys];

    private static readonly Dictionary<string, (Func<UploadedFile> File, string Expected)> BadFiles = new()
    {
        ["ragged row"] = (() => Csv("ragged.csv", ReturnsHeader, Good, "FESC-5AT-001,05/2010,100.00"), "row 3: has 3 values but the header has 4"),
        ["broken quotes"] = (() => Csv("quotes.csv", ReturnsHeader, Good, "FESC-5AT-001,\"05/2010,100.00,90.00"), "quote opened here is never closed"),
        ["stray quote"] = (() => Csv("stray.csv", ReturnsHeader, "FESC-5AT-001,05/20\"10,100.00,90.00"), "a quote appears inside value 2"),
        ["wrong encoding"] = (() => new UploadedFile("latin1.csv", Encoding.Latin1.GetBytes($"{ReturnsHeader}\r\n{Good}\r\n")), "not UTF-8 text"),
        ["UTF-16 with its BOM"] = (() => new UploadedFile("unicode.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"{ReturnsHeader}\r\n{Good}\r\n")]), "UTF-16 text"),
        ["wrong delimiter"] = (() => Csv("semicolons.csv", ReturnsHeader.Replace(',', ';'), Good.Replace(',', ';')), "separated by semicolons"),
        ["missing column"] = (() => Csv("missing.csv", "Contract reference,Month,Claimed (£)", "FESC-5AT-001,04/2010,100.00"), "column 'Validated (£)': this column is missing"),
        ["extra column"] = (() => Csv("extra.csv", ReturnsHeader + ",Notes", Good + ",hello"), "column 'Notes': is not a column of the monthly savings returns template"),
        ["over the size limit"] = (() => Csv("huge.csv", [ReturnsHeader, .. Enumerable.Repeat(Good, 1_000_000)]), "the most this service accepts is 20 MB"),
        ["renamed PNG"] = (() => new UploadedFile("returns.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), "a PNG image, not a CSV file or Excel workbook"),
        ["renamed program"] = (() => new UploadedFile("returns.xlsx", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0]), "a Windows program"),
        ["renamed binary"] = (() => new UploadedFile("returns.csv", [1, 2, 3, 0, 0, 7, 8, 9]), "binary data, not text"),
        ["zip that is no workbook"] = (() => new UploadedFile("returns.xlsx", Zip(("readme.txt", 10))), "not an Excel workbook"),
        ["zip bomb"] = (() => new UploadedFile("bomb.xlsx", Zip(("[Content_Types].xml", 100), ("xl/workbook.xml", 100), ("xl/worksheets/sheet1.xml", 300 * 1_048_576))), "expands to more than 200 MB"),
        ["damaged workbook"] = (() => new UploadedFile("damaged.xlsx", Zip(("[Content_Types].xml", 100), ("xl/workbook.xml", 100))), "could not be read"),
        ["empty file"] = (() => new UploadedFile("empty.csv", []), "The file is empty"),
        ["header only"] = (() => Csv("header.csv", ReturnsHeader), "no rows of data"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_is_refused_clearly_and_changes_nothing(string badFile)
    {
        var (file, expected) = BadFiles[badFile];
        var before = await fixture.ChecksumAsync();
        var count = await fixture.ReturnCountAsync();

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.MonthlyReturns, file()));

        Assert.False(outcome.Committed);
        Assert.Contains(outcome.Problems, p => p.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.Equal(count, await fixture.ReturnCountAsync());
        Assert.Equal(before, await fixture.ChecksumAsync());
    }

    [Fact]
    public void The_size_refusal_gives_the_files_own_size_which_the_page_says_before_uploading()
    {
        var limits = new ImportLimits();

        Assert.Null(limits.TooLarge(limits.MaxFileBytes));
        Assert.Equal("The file is 34.5 MB; the most this service accepts is 20 MB.", limits.TooLarge((long)(34.5 * 1_048_576)));
    }

    [Fact]
    public async Task A_UTF8_byte_order_mark_as_Excel_writes_is_accepted()
    {
        var file = new UploadedFile("excel-utf8.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes($"{ReturnsHeader}\r\nFESC-5AT-001,09/2010,\"£1,000.00\",\r\n")]);

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));

        Assert.Empty(outcome.Problems);
        Assert.Equal(1, outcome.Added);
    }

    [Fact]
    public async Task An_Excel_workbook_with_typed_numbers_and_dates_is_read_as_stored()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["Contract reference"] = "FESC-5AT-001", ["Month"] = new DateTime(2010, 10, 1), ["Claimed (£)"] = 1234.5, ["Validated (£)"] = null },
            new Dictionary<string, object?> { ["Contract reference"] = "FESC-5AT-001", ["Month"] = "11/2010", ["Claimed (£)"] = "£2,000.00", ["Validated (£)"] = 1500 },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows);

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, new UploadedFile("returns.xlsx", stream.ToArray())));

        Assert.Empty(outcome.Problems);
        Assert.Equal("Excel", outcome.Format);
        Assert.Equal(2, outcome.Added);
    }

    [Fact]
    public async Task Excel_rows_are_reported_by_their_sheet_row_number()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["Contract reference"] = "FESC-5AT-001", ["Month"] = "10/2010", ["Claimed (£)"] = 10, ["Validated (£)"] = null },
            new Dictionary<string, object?> { ["Contract reference"] = "FESC-5AT-001", ["Month"] = new DateTime(2010, 11, 15), ["Claimed (£)"] = 10, ["Validated (£)"] = null },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows);

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, new UploadedFile("returns.xlsx", stream.ToArray())));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((3, "Month"), (problem.Row, problem.Column));
        Assert.Contains("15/11/2010", problem.Reason);
    }

    /// <summary>A zip whose parts are runs of zeros: tiny on disk, any size once expanded.</summary>
    private static byte[] Zip(params (string Name, int ExpandedBytes)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1_048_576];
            foreach (var (name, size) in parts)
            {
                using var part = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                for (var written = 0; written < size; written += zeros.Length)
                    part.Write(zeros, 0, Math.Min(zeros.Length, size - written));
            }
        }
        return stream.ToArray();
    }
}
