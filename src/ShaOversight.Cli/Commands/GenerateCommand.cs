using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;

namespace ShaOversight.Cli.Commands;

/// <summary>`shao generate --scale N`: an empty database filled with N times England's volume, for benchmarks.</summary>
internal static class GenerateCommand
{
    public static readonly int[] Scales = [1, 10, 100];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var scale = new Option<int>("--scale")
        {
            Description = "How many times national scale: 1 (England's 152 PCTs), 10 or 100.",
            Required = true,
        };
        scale.AcceptOnlyFromAmong([.. Scales.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var database = CliHost.DatabaseOption();
        var command = new Command("generate", "Fill an empty database with demonstration data at 1, 10 or 100 times national scale.") { scale, database };

        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(error, async () =>
        {
            await using var services = CliHost.BuildServices(CliHost.ReadSettings(parse.GetValue(database)));
            var initialiser = services.GetRequiredService<DatabaseInitialiser>();
            await initialiser.MigrateAsync(cancellationToken);

            var started = Stopwatch.GetTimestamp();
            var factor = parse.GetValue(scale);
            if (!await initialiser.SeedIfEmptyAsync(factor, cancellationToken))
            {
                await error.WriteLineAsync("The database already holds data. Generate into an empty database, e.g. --database bench.db with a new file name.");
                return 1;
            }

            await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
            await output.WriteLineAsync(
                $"Generated scale {factor} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s: " +
                $"{await db.Organisations.CountAsync(cancellationToken)} organisations, {await db.Contracts.CountAsync(cancellationToken)} contracts, " +
                $"{await db.MonthlyReturns.CountAsync(cancellationToken)} monthly returns, {await db.CompetencyScores.CountAsync(cancellationToken)} competency scores.");
            return 0;
        }));
        return command;
    }
}
