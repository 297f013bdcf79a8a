using System.CommandLine;
using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Data.Seeding;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Security;
using ShaOversight.Core.Tables;

namespace ShaOversight.Cli.Commands;

/// <summary>
/// `shao export boardpack ...` and `shao export &lt;table&gt; ...`: the web app's downloads, as the
/// operator (see <see cref="OperatorUser"/>). A file is written beside its destination and
/// moved into place only when complete, so a failure never leaves half a file. A table's
/// --list, --area, --stage, --page and --sort are its page's address, so the file holds the rows
/// that page shows; a filter the table does not use is ignored, as in the address.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var export = new Command("export", "Write a board pack (PDF) or any downloadable table or chart's data (CSV or Excel).");
        export.Subcommands.Add(BoardPack(output, error));
        foreach (var table in TableCatalogue.All) export.Subcommands.Add(Table(table, output, error));
        return export;
    }

    private static Command BoardPack(TextWriter output, TextWriter error)
    {
        var (sha, pct, year, asAt, file, database) = (Sha(required: true), Pct(), Year(), AsAt(), Out(), CliHost.DatabaseOption());
        var command = new Command("boardpack", "A board pack for an SHA, or for one of its PCTs with --pct.") { sha, pct, year, asAt, file, database };
        command.SetAction((parse, ct) => RunAsync(error, parse.GetValue(database), async sender =>
        {
            var (financialYear, date) = Period(parse.GetValue(year)!, parse.GetValue(asAt));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var pack = await sender.Send(new GetBoardPack(parse.GetValue(sha)!, parse.GetValue(pct), financialYear, date), ct);
            var path = await WriteAtomicallyAsync(parse.GetValue(file)!, (stream, token) => stream.WriteAsync(pack.Content, token).AsTask(), ct);
            var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote a {pack.Pages}-page board pack ({pack.Content.Length / 1024} KB) in {seconds:0.0} s to {path}."));
        }));
        return command;
    }

    private static Command Table(IFeatureTable table, TextWriter output, TextWriter error)
    {
        var (sha, pct, year, asAt, file, database) = (Sha(required: table.Subject == TableSubject.Sha), Pct(), Year(), AsAt(), Out(), CliHost.DatabaseOption());
        var contract = new Option<int?>("--contract") { Description = "The contract's id, as in its page's address /contracts/{id}.", Required = table.Subject == TableSubject.Contract };
        var pilot = new Option<int?>("--pilot") { Description = "The pilot's id, as in its page's address /pilots/{id}.", Required = table.Subject == TableSubject.Pilot };
        pct.Required = table.Subject == TableSubject.Pct;
        var format = new Option<string>("--format") { Description = "csv or xlsx.", Required = true };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var (list, area, stage, page, sort) = (ListOption(), AreaOption(), StageOption(), PageOption(), SortOption());
        var command = new Command(table.Key, table.Description) { format, year, asAt, list, area, stage, page, sort, file, database };
        if (table.Subject == TableSubject.Sha) command.Options.Add(sha);
        if (table.Subject == TableSubject.Pct) command.Options.Add(pct);
        if (table.Subject == TableSubject.Contract) command.Options.Add(contract);
        if (table.Subject == TableSubject.Pilot) command.Options.Add(pilot);
        command.SetAction((parse, ct) => RunAsync(error, parse.GetValue(database), async sender =>
        {
            var (financialYear, date) = Period(parse.GetValue(year)!, parse.GetValue(asAt));
            // As the page's address carries them, except that no --page means every row rather than the first page.
            var download = await sender.Send(new GetTableDownload(table.Key, ExportFormats.Parse(parse.GetValue(format))!.Value, financialYear, date,
                parse.GetValue(sha), parse.GetValue(pct), parse.GetValue(contract), parse.GetValue(pilot))
            {
                Filters = new TableFilters(parse.GetValue(stage), parse.GetValue(list), parse.GetValue(area)),
                View = new TableView(parse.GetValue(page), parse.GetValue(sort)),
            }, ct);
            var path = await WriteAtomicallyAsync(parse.GetValue(file)!, download.WriteAsync, ct);
            await output.WriteLineAsync($"Wrote {download.Table.Title} to {path}.");
        }));
        return command;
    }

    private static Task<int> RunAsync(TextWriter error, FileInfo? databaseFile, Func<ISender, Task> body) => CliHost.RunAsync(error, async () =>
    {
        try
        {
            var settings = CliHost.ReadSettings(databaseFile);
            await using var services = CliHost.BuildServices(settings, OperatorUser.Reader());
            await using var scope = services.CreateAsyncScope();
            await body(scope.ServiceProvider.GetRequiredService<ISender>());
            return 0;
        }
        catch (Exception ex) when (ex is ValidationException or ArgumentException)
        {
            await error.WriteLineAsync(ex is ValidationException invalid ? string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage)) : ex.Message);
            return 1;
        }
        catch (NotFoundException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    });

    /// <summary>Writes to a temporary file in the destination's folder, then moves it over the destination.</summary>
    internal static async Task<string> WriteAtomicallyAsync(FileInfo destination, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        var folder = destination.Directory ?? throw new ArgumentException($"{destination.FullName} has no folder.");
        if (!folder.Exists) throw new ArgumentException($"The folder {folder.FullName} does not exist.");
        var temporary = Path.Combine(folder.FullName, $".{destination.Name}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, useAsync: true))
                await write(stream, ct);
            File.Move(temporary, destination.FullName, overwrite: true);
            return destination.FullName;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static (FinancialYear Year, DateOnly AsAt) Period(string yearText, string? asAtText)
    {
        if (!FinancialYear.TryParse(yearText, out var year, out var problem)) throw new ArgumentException(problem);
        if (asAtText is null)
        {
            // As the pages: the year's end, or the last day of data if that comes first.
            var end = year.Value.EndsOn;
            return (year.Value, end < DemonstrationScope.DefaultDataEndsOn ? end : DemonstrationScope.DefaultDataEndsOn);
        }
        if (!DateOnly.TryParseExact(asAtText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asAt))
            throw new ArgumentException($"'{asAtText}' is not a date. Write the as-at date as year-month-day, for example 2010-03-31.");
        return (year.Value, asAt);
    }

    private static Option<string> Sha(bool required) => new("--sha") { Description = "The SHA's code, e.g. Q36 (NHS London).", Required = required };
    private static Option<string> Pct() => new("--pct") { Description = "A PCT's code, e.g. 5AT (Hillingdon)." };
    private static Option<string> Year() => new("--year") { Description = "The financial year, e.g. 2009/10.", Required = true };
    private static Option<string?> AsAt() => new("--as-at") { Description = "The as-at date, yyyy-MM-dd. Default: the year's end or the last day of data." };
    private static Option<string?> ListOption() => new("--list") { Description = "Only the contracts on this FESC list, by code, e.g. MICRO (as the savings lens's ?list=)." };
    private static Option<string?> AreaOption() => new("--area") { Description = "Only the contracts covering this service area, by code, e.g. PMSR (as ?area=)." };
    private static Option<string?> StageOption() => new("--stage") { Description = "Only the buyers at this FESC stage, e.g. contract-awarded (as the uptake lens's ?stage=)." };
    private static Option<int?> PageOption() => new("--page")
    {
        Description = "Only this page of a paged table, 1 or more, as on screen. Default: every row.",
        // Read as the download address reads ?page=; a number below 1 is the query's validator's to refuse.
        CustomParser = result => int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            ? page
            : Refused(result, $"'{result.Tokens[0].Value}' is not a page number. Write a whole number, 1 or more."),
    };

    private static int? Refused(System.CommandLine.Parsing.ArgumentResult result, string problem)
    {
        result.AddError(problem);
        return null;
    }

    private static Option<string?> SortOption() => new("--sort") { Description = "The order, as the page's column links give it, e.g. validated-desc. Default: the table's own order." };
    private static Option<FileInfo> Out() => new("--out") { Description = "The file to write; replaced only once the new one is complete.", Required = true };
}
