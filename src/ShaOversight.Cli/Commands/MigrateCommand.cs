using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;

namespace ShaOversight.Cli.Commands;

/// <summary>`shao migrate`: bring the configured database to the current schema, or write the SQL to do so.</summary>
internal static class MigrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var script = new Option<FileInfo?>("--script")
        {
            Description = "Write an idempotent SQL script instead of migrating. Needs no database connection.",
            HelpName = "file.sql",
        };
        var provider = new Option<DatabaseProvider?>("--provider")
        {
            Description = "With --script: the provider to write SQL for (Sqlite or SqlServer). Defaults to Database:Provider.",
        };
        var database = CliHost.DatabaseOption();
        var command = new Command("migrate", "Apply the database migrations for the configured provider.") { script, provider, database };
        command.Validators.Add(result =>
        {
            if (result.GetResult(provider) is not null && result.GetResult(script) is null)
                result.AddError("--provider only applies with --script.");
        });

        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(error, async () =>
        {
            var configuration = CliHost.ReadSettings(parse.GetValue(database));
            if (parse.GetValue(script) is { } scriptFile)
            {
                var chosen = parse.GetValue(provider) ?? ProviderFromSettings(configuration["Database:Provider"]);
                await File.WriteAllTextAsync(scriptFile.FullName, MigrationScript.Generate(chosen), cancellationToken);
                await output.WriteLineAsync($"Wrote an idempotent {chosen} migration script to {scriptFile.FullName}.");
                return 0;
            }

            await using var services = CliHost.BuildServices(configuration);
            await services.GetRequiredService<DatabaseInitialiser>().MigrateAsync(cancellationToken);
            await output.WriteLineAsync("The database is up to date.");
            return 0;
        }));
        return command;
    }

    private static DatabaseProvider ProviderFromSettings(string? text) =>
        string.IsNullOrWhiteSpace(text) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var parsed) ? parsed
        : throw new SettingsException($"Database:Provider is '{text}', which is not a provider this app knows. Use 'Sqlite' or 'SqlServer'.");
}
