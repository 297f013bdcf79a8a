using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Data;
using ShaOversight.Core.Data.Seeding;

namespace ShaOversight.Cli;

/// <summary>Builds the services a command needs from the same settings the web app reads.</summary>
internal static class CliHost
{
    public static IConfiguration ReadSettings(FileInfo? databaseFile)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables();
        if (databaseFile is not null)
        {
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                [$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] =
                    new SqliteConnectionStringBuilder { DataSource = databaseFile.FullName }.ToString(),
            });
        }
        return builder.Build();
    }

    public static ServiceProvider BuildServices(IConfiguration configuration, Action<IServiceCollection>? addMore = null)
    {
        var settings = DatabaseSettings.From(configuration, DatabaseSettings.DefaultBaseDirectory(Directory.GetCurrentDirectory()));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddShaOversightData(settings, configuration["Seed:Directory"]);
        addMore?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Runs a command body, turning the failures a person can fix into one plain line and exit code 1.</summary>
    public static async Task<int> RunAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (ex is SettingsException or SeedFileException)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Exception ex) when (ex is SqliteException or Microsoft.Data.SqlClient.SqlException or InvalidOperationException)
        {
            await error.WriteLineAsync($"The database could not be used: {ex.Message}");
            return 1;
        }
    }

    public static Option<FileInfo?> DatabaseOption() => new("--database")
    {
        Description = "Use this SQLite file instead of the configured database.",
        HelpName = "file.db",
    };
}
