using Microsoft.EntityFrameworkCore;
using ShaOversight.Cli;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Cli;

/// <summary>`shao import` on a real seeded file: the same checks as the page, problems on standard error, honest exit codes.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("shao-import-").FullName;

    public async Task InitializeAsync()
    {
        var (exitCode, _, error) = await RunAsync("seed", "--database", _database.FilePath);
        Assert.True(exitCode == 0, error);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_good_file_loads_exits_zero_and_the_audit_names_the_operator()
    {
        var file = Write("good.csv", "Contract reference,Month,Claimed (£),Validated (£)", "FESC-5AT-001,04/2010,1000.00,900.00");

        var (exitCode, output, error) = await RunAsync("import", "monthly-returns", file, "--operator", "nightly-load", "--database", _database.FilePath);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Loaded: good.csv, 1 row (CSV)", output);
        Assert.Contains("1 added, 0 changed, 0 left alone", output);
        await using var db = SqliteAppDbContext.Create(_database.ConnectionString);
        var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.Action == AuditLog.Import);
        Assert.Equal("nightly-load (shao operator)", entry.UserName);
        Assert.Equal(1, await db.MonthlyReturns.CountAsync(r => r.Month == new DateOnly(2010, 4, 1) && r.Contract.Reference == "FESC-5AT-001"));
    }

    [Fact]
    public async Task A_dry_run_reports_and_saves_nothing()
    {
        var file = Write("dry.csv", "Contract reference,Month,Claimed (£),Validated (£)", "FESC-5AT-001,05/2010,1000.00,");
        await using var db = SqliteAppDbContext.Create(_database.ConnectionString);
        var before = await db.MonthlyReturns.CountAsync();

        var (exitCode, output, _) = await RunAsync("import", "monthly-returns", file, "--dry-run", "--database", _database.FilePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("Dry run, nothing saved", output);
        Assert.Equal(before, await db.MonthlyReturns.CountAsync());
    }

    [Fact]
    public async Task Row_problems_go_to_standard_error_one_per_line_with_a_non_zero_exit()
    {
        var file = Write("bad.csv", "Contract reference,Month,Claimed (£),Validated (£)", "FESC-5AT-001,13/2010,1000.00,", "NOPE,05/2010,x,");

        var (exitCode, output, error) = await RunAsync("import", "monthly-returns", file, "--database", _database.FilePath);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("bad.csv: row 2, column 'Month': '13/2010' is not a month. Write it as month/year, e.g. 06/2008.", lines);
        Assert.Contains(lines, line => line.StartsWith("bad.csv: row 3, column 'Contract reference': 'NOPE' is not a known contract reference", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("bad.csv: row 3, column 'Claimed (£)'", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Not loaded: bad.csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "import", "bogus", "x.csv" }, "Argument 'bogus' not recognized")]
    [InlineData(new[] { "import", "monthly-returns" }, "Required argument missing")]
    [InlineData(new[] { "import", "monthly-returns", "/no/such/file.csv" }, "There is no file at /no/such/file.csv")]
    public async Task Bad_arguments_give_a_clear_message(string[] args, string message)
    {
        var (exitCode, _, error) = await RunAsync(args);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error);
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => Shao.RunAsync(args);
}
