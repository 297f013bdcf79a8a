using System.CommandLine;
using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Features.Imports;

namespace ShaOversight.Cli.Commands;

/// <summary>
/// `shao import &lt;kind&gt; &lt;file&gt; [--dry-run]`: the web page's import, for scheduled loads. Same
/// messages, same checks, same all-or-nothing commit. Problems go to standard error one per
/// line; the exit code is 0 only when the file was (or, with --dry-run, would be) loaded.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = $"What the file holds: {string.Join(", ", ImportKinds.AllSlugs)}." };
        kind.AcceptOnlyFromAmong([.. ImportKinds.AllSlugs]);
        var file = new Argument<FileInfo>("file") { Description = "A CSV (UTF-8) or Excel (.xlsx) file laid out as the kind's template." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report what it would change, saving nothing." };
        var operatorName = new Option<string?>("--operator") { Description = "The name the audit log records (default: the account running the command).", HelpName = "name" };
        var database = CliHost.DatabaseOption();
        var command = new Command("import", "Load a file of monthly returns, stage changes, contracts, pilot updates or assessments.")
        {
            kind, file, dryRun, operatorName, database,
        };

        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(error, async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await error.WriteLineAsync($"There is no file at {path.FullName}.");
                return 1;
            }
            ImportKinds.TryParse(parse.GetValue(kind), out var importKind);
            await using var services = CliHost.BuildServices(CliHost.ReadSettings(parse.GetValue(database)), OperatorUser.Loader(parse.GetValue(operatorName)));
            if (await CliHost.SchemaProblemAsync(services, cancellationToken) is { } schemaProblem)
            {
                await error.WriteLineAsync(schemaProblem);
                return 1;
            }
            await using var scope = services.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var upload = new UploadedFile(path.Name, await File.ReadAllBytesAsync(path.FullName, cancellationToken));

            var started = Stopwatch.GetTimestamp();
            var outcome = parse.GetValue(dryRun)
                ? await sender.Send(new PreviewImport(importKind, upload), cancellationToken)
                : await sender.Send(new CommitImport(importKind, upload), cancellationToken);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

            foreach (var problem in outcome.Problems)
                await error.WriteLineAsync($"{path.Name}: {problem}");
            if (outcome.TotalProblems > outcome.Problems.Count)
                await error.WriteLineAsync($"{path.Name}: … and {outcome.TotalProblems - outcome.Problems.Count:N0} more problems.");
            if (outcome.IdenticalEarlierLoad is { } earlier)
                await output.WriteLineAsync(earlier.Describe());

            var rate = seconds > 0 ? outcome.RowCount / seconds : 0;
            var verdict = outcome.HasProblems ? "Not loaded" : parse.GetValue(dryRun) ? "Dry run, nothing saved" : "Loaded";
            await (outcome.HasProblems ? error : output).WriteLineAsync(
                $"{verdict}: {path.Name}, {outcome.RowCount:N0} row{(outcome.RowCount == 1 ? "" : "s")} ({outcome.Format ?? "unreadable"}) in {seconds:0.00} s ({rate:N0} rows/s). {outcome.Summary}");
            return outcome.HasProblems ? 1 : 0;
        }));
        return command;
    }
}
