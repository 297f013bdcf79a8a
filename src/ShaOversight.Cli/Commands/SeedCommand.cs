using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;

namespace ShaOversight.Cli.Commands;

/// <summary>`shao seed`: migrate, then fill an empty database with the reference and demonstration data.</summary>
internal static class SeedCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = CliHost.DatabaseOption();
        var command = new Command("seed", "Seed an empty database from seed/ (real organisations and article facts, plus demonstration data).") { database };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(error, async () =>
        {
            await using var services = CliHost.BuildServices(CliHost.ReadSettings(parse.GetValue(database)));
            var initialiser = services.GetRequiredService<DatabaseInitialiser>();
            await initialiser.MigrateAsync(cancellationToken);
            var seeded = await initialiser.SeedIfEmptyAsync(scale: 1, cancellationToken);
            await output.WriteLineAsync(seeded ? "Seeded the database." : "The database already holds data; nothing was changed.");
            return 0;
        }));
        return command;
    }
}
