using Microsoft.Data.Sqlite;
using ShaOversight.Cli;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Cli;

public sealed class CliTests
{
    private static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => Shao.RunAsync(args);

    [Theory]
    [InlineData("--help")]
    [InlineData("migrate", "--help")]
    [InlineData("seed", "--help")]
    [InlineData("generate", "--help")]
    [InlineData("export", "--help")]
    [InlineData("export", "boardpack", "--help")]
    [InlineData("export", "savings-spc", "--help")]
    public async Task Every_verb_explains_itself(params string[] args)
    {
        var (exitCode, output, _) = await RunAsync(args);
        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", output);
    }

    [Theory]
    [InlineData(new[] { "generate", "--scale", "7" }, "Argument '7' not recognized")]
    [InlineData(new[] { "generate" }, "Option '--scale' is required")]
    [InlineData(new[] { "frobnicate" }, "Unrecognized command or argument 'frobnicate'")]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "migrate", "--provider", "SqlServer" }, "--provider only applies with --script")]
    [InlineData(new[] { "migrate", "--script", "x.sql", "--provider", "Oracle" }, "Oracle")]
    public async Task Bad_arguments_give_a_clear_message_and_a_non_zero_exit(string[] args, string message)
    {
        var (exitCode, _, error) = await RunAsync(args);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Migrate_writes_an_idempotent_sql_server_script_without_a_server()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shao-{Guid.NewGuid():N}.sql");
        var (exitCode, output, _) = await RunAsync("migrate", "--script", file, "--provider", "SqlServer");

        Assert.Equal(0, exitCode);
        Assert.Contains("Wrote an idempotent SqlServer migration script", output);
        Assert.Contains("CREATE TABLE [Organisations]", await File.ReadAllTextAsync(file));
        File.Delete(file);
    }

    [Fact]
    public async Task Generate_fills_an_empty_database_at_national_scale_and_refuses_a_full_one()
    {
        using var database = new TestDatabase();

        var (exitCode, output, _) = await RunAsync("generate", "--scale", "1", "--database", database.FilePath);
        Assert.Equal(0, exitCode);
        Assert.Contains("163 organisations", output);

        var (again, _, error) = await RunAsync("generate", "--scale", "1", "--database", database.FilePath);
        Assert.Equal(1, again);
        Assert.Contains("already holds data", error);
    }

    [Fact]
    public async Task Seed_and_migrate_work_on_a_fresh_file_and_seed_changes_nothing_the_second_time()
    {
        using var database = new TestDatabase();

        Assert.Equal(0, (await RunAsync("migrate", "--database", database.FilePath)).ExitCode);
        var (seeded, first, _) = await RunAsync("seed", "--database", database.FilePath);
        var (seededAgain, second, _) = await RunAsync("seed", "--database", database.FilePath);

        Assert.Equal(0, seeded);
        Assert.Contains("Seeded the database.", first);
        Assert.Equal(0, seededAgain);
        Assert.Contains("nothing was changed", second);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Organisations";
        Assert.Equal(163L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task An_unreachable_sql_server_is_reported_plainly()
    {
        Environment.SetEnvironmentVariable("Database__Provider", "SqlServer");
        Environment.SetEnvironmentVariable("ConnectionStrings__ShaOversight", "Server=127.0.0.1,1;Database=x;Connect Timeout=1;Encrypt=false");
        try
        {
            var (exitCode, _, error) = await RunAsync("migrate");
            Assert.Equal(1, exitCode);
            Assert.StartsWith("The database could not be used:", error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__ShaOversight", null);
        }
    }
}
