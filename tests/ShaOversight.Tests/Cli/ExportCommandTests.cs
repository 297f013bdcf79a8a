using Microsoft.Data.Sqlite;
using ShaOversight.Cli;
using ShaOversight.Tests.Infrastructure;
using Sylvan.Data.Csv;
using UglyToad.PdfPig;

namespace ShaOversight.Tests.Cli;

/// <summary>One seeded database file for the export verb's tests, made through the CLI itself.</summary>
public sealed class SeededCliDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();
    public string Folder { get; } = Directory.CreateTempSubdirectory("shao-export-").FullName;

    public async Task InitializeAsync()
    {
        if (await CliApplication.RunAsync(["migrate", "--database", Database.FilePath], TextWriter.Null, TextWriter.Null) != 0
            || await CliApplication.RunAsync(["seed", "--database", Database.FilePath], TextWriter.Null, TextWriter.Null) != 0)
            throw new InvalidOperationException("Could not seed the CLI's test database.");
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class ExportCommandTests(SeededCliDatabase seeded) : IClassFixture<SeededCliDatabase>
{
    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        Shao.RunAsync([.. args, "--database", seeded.Database.FilePath]);

    private string FileIn(string name) => Path.Combine(seeded.Folder, name);

    [Fact]
    public async Task Boardpack_writes_a_pdf_for_an_sha()
    {
        var file = FileIn("london.pdf");
        var (exitCode, output, error) = await RunAsync("export", "boardpack", "--sha", "Q36", "--year", "2009/10", "--out", file);

        Assert.True(exitCode == 0, error);
        Assert.Contains("board pack", output);
        using var pdf = PdfDocument.Open(file);
        Assert.Contains("NHS London", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Empty(Directory.GetFiles(seeded.Folder, "*.partial"));
    }

    [Fact]
    public async Task A_contracts_savings_spc_series_exports_as_csv()
    {
        int id;
        await using (var connection = new SqliteConnection($"Data Source={seeded.Database.FilePath};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'";
            id = Convert.ToInt32(await command.ExecuteScalarAsync());
        }
        var file = FileIn("bupa-spc.csv");

        var (exitCode, _, error) = await RunAsync("export", "contract-spc", "--contract", id.ToString(), "--year", "2009-10", "--as-at", "2010-03-31", "--format", "csv", "--out", file);

        Assert.True(exitCode == 0, error);
        using var reader = CsvDataReader.Create(file);
        Assert.Equal("Mean", reader.GetName(3));
        Assert.Equal("Upper process limit", reader.GetName(5));
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        Assert.True(rows > 10);
    }

    [Fact]
    public async Task A_regions_contracts_export_as_excel_and_read_back()
    {
        var file = FileIn("london-contracts.xlsx");
        var (exitCode, _, error) = await RunAsync("export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "xlsx", "--out", file);

        Assert.True(exitCode == 0, error);
        var rows = MiniExcelLibs.MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => (string?)r["Reference"] == "FESC-5AT-001");
    }

    [Fact]
    public async Task A_table_exports_the_rows_its_pages_address_would_show_filtered_and_sorted_and_every_row_without_a_page()
    {
        var file = FileIn("london-micro.csv");
        var (exitCode, _, error) = await RunAsync("export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv",
            "--list", "micro", "--sort", "validated-desc", "--out", file);

        Assert.True(exitCode == 0, error);
        var rows = await ReadCsvAsync(file);
        Assert.Equal(await CountAsync("SELECT COUNT(*) FROM Contracts c JOIN Organisations b ON b.Id = c.BuyerId JOIN Organisations s ON s.Id = b.ParentId "
            + "JOIN FescLists l ON l.Id = c.FescListId WHERE s.Code = 'Q36' AND l.Code = 'MICRO' AND c.AwardedOn <= '2010-03-31'"), rows.Count);
        Assert.All(rows, r => Assert.Equal("Micro list", r["FESC list"]));
        var validated = rows.Select(r => decimal.Parse(r["Validated to date (£)"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(validated.OrderDescending(), validated);
    }

    [Fact]
    public async Task A_page_exports_that_page_of_the_table()
    {
        var (whole, first) = (FileIn("london-all.csv"), FileIn("london-page-1.csv"));
        string[] london = ["export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv", "--sort", "contract"];

        var wholeRun = await RunAsync([.. london, "--out", whole]);
        var pageRun = await RunAsync([.. london, "--page", "1", "--out", first]);

        Assert.True(wholeRun.ExitCode == 0 && pageRun.ExitCode == 0, wholeRun.Error + pageRun.Error);
        var wholeRows = await ReadCsvAsync(whole);
        Assert.Equal(wholeRows.Take(25).Select(r => r["Reference"]), (await ReadCsvAsync(first)).Select(r => r["Reference"]));
    }

    [Theory]
    [InlineData(new[] { "export", "boardpack", "--sha", "Q99", "--year", "2009/10" }, "SHA 'Q99' was not found")]
    [InlineData(new[] { "export", "boardpack", "--sha", "Q36", "--year", "2009" }, "is not a financial year")]
    [InlineData(new[] { "export", "boardpack", "--sha", "Q35", "--pct", "5AT", "--year", "2009/10" }, "is not in SHA Q35")]
    [InlineData(new[] { "export", "boardpack", "--sha", "Q36", "--year", "2009/10", "--as-at", "2011-01-01" }, "is not in 2009/10")]
    [InlineData(new[] { "export", "boardpack", "--year", "2009/10" }, "Option '--sha' is required")]
    [InlineData(new[] { "export", "savings-months", "--sha", "Q36", "--year", "2009/10", "--format", "pdf" }, "Argument 'pdf' not recognized")]
    [InlineData(new[] { "export", "frobnicate", "--year", "2009/10" }, "frobnicate")]
    [InlineData(new[] { "export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv", "--page", "0" }, "The page number must be 1 or more")]
    [InlineData(new[] { "export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv", "--page", "two" }, "'two' is not a page number")]
    [InlineData(new[] { "export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv", "--sort", "colour" }, "'colour' is not a column to sort")]
    [InlineData(new[] { "export", "pct-contracts", "--pct", "5AT", "--year", "2009/10", "--format", "csv", "--sort", "colour" }, "Choose one of: contract")]
    [InlineData(new[] { "export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv", "--list", "NANO" }, "'NANO' is not a FESC supplier list")]
    [InlineData(new[] { "export", "savings-contracts", "--sha", "Q36", "--year", "2009/10", "--format", "csv", "--area", "XX" }, "'XX' is not a FESC service area")]
    public async Task Bad_arguments_give_a_clear_message_exit_1_and_leave_no_file(string[] args, string message)
    {
        var file = FileIn($"bad-{Guid.NewGuid():N}.out");
        var (exitCode, _, error) = await RunAsync([.. args, "--out", file]);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(seeded.Folder, "*.partial"));
    }

    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(string file)
    {
        using var reader = CsvDataReader.Create(file);
        var rows = new List<Dictionary<string, string>>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString));
        return rows;
    }

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={seeded.Database.FilePath};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Writing_into_a_missing_folder_is_refused_plainly()
    {
        var (exitCode, _, error) = await RunAsync("export", "england", "--year", "2009/10", "--format", "xlsx", "--out", Path.Combine(seeded.Folder, "nowhere", "x.xlsx"));
        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", error);
    }
}
