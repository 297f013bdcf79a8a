using System.CommandLine;
using ShaOversight.Cli.Commands;

namespace ShaOversight.Cli;

/// <summary>
/// `shao`: the operations tool. It reads the web app's settings (appsettings.json, then the
/// environment, e.g. ConnectionStrings__ShaOversight) so it works on the same database.
/// </summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ShaOversight operations: migrate the database, seed it, generate data for benchmarks, load files, export board packs and tables, and end a user's sessions.");
        root.Subcommands.Add(MigrateCommand.Create(output, error));
        root.Subcommands.Add(SeedCommand.Create(output, error));
        root.Subcommands.Add(GenerateCommand.Create(output, error));
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));
        root.Subcommands.Add(SessionsCommand.Create(output, error));

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
