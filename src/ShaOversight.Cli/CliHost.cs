using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Data;
using ShaOversight.Core.Data.Seeding;
using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Core.Security;

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

    public static ServiceProvider BuildServices(IConfiguration configuration, ICurrentUser? asUser = null)
    {
        var settings = DatabaseSettings.From(configuration, DatabaseSettings.DefaultBaseDirectory(Directory.GetCurrentDirectory()));
        var services = new ServiceCollection();
        // A command reports its own failures in one plain line; the pipeline's timing warnings
        // and EF's error dumps would bury it.
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None)
            .AddFilter("ShaOversight.Core.Application", LogLevel.None));
        services.AddShaOversightData(settings, configuration["Seed:Directory"]);
        if (asUser is not null)
        {
            // Commands that send messages go through the same pipeline as the web app, with
            // the same thresholds and limits, so a board pack and the screen agree.
            services.AddSingleton(DashboardSettings.From(configuration));
            services.AddSingleton(ImportLimits.From(configuration));
            services.AddShaOversightMediator();
            services.AddSingleton(asUser);
        }
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
        catch (Exception ex) when (ex is SqliteException or Microsoft.Data.SqlClient.SqlException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            await error.WriteLineAsync($"The database could not be used: {(ex.InnerException ?? ex).Message}");
            return 1;
        }
    }

    /// <summary>Refuses to work on a database whose schema is behind this build, naming the fix.</summary>
    public static async Task<string?> SchemaProblemAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        var pending = (await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(db.Database, cancellationToken)).ToList();
        return pending.Count == 0
            ? null
            : $"The database is {pending.Count} migration(s) behind this version of shao ({pending[0]}…). Run 'shao migrate' with the same settings first.";
    }

    public static Option<FileInfo?> DatabaseOption() => new("--database")
    {
        Description = "Use this SQLite file instead of the configured database.",
        HelpName = "file.db",
    };
}
