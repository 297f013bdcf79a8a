using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Security;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Features.Exports;

/// <summary>
/// Downloads: <c>/exports/{table}.csv|.xlsx</c> and <c>/exports/board-pack.pdf</c>. They send
/// the same queries as the pages, so they follow the same scope rules; anonymous visitors are
/// sent to sign in by the cookie scheme before anything runs.
/// </summary>
public static class ExportEndpoints
{
    public static void MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/exports").RequireAuthorization(policy => policy.RequireRole(RoleNames.Any.Split(',')));
        // Before the table route, which would otherwise read "board-pack.pdf" as a table.
        exports.MapGet("/board-pack.pdf", DownloadBoardPackAsync);
        exports.MapGet("/board-pack.html", BoardPackPageAsync);
        exports.MapGet("/{table}.{format}", DownloadTableAsync);
    }

    public static string BoardPackHref(string sha, string? pct, ReportingPeriod period) =>
        $"/exports/board-pack.pdf?sha={Uri.EscapeDataString(sha)}{(pct is null ? "" : $"&pct={Uri.EscapeDataString(pct)}")}"
        + $"&year={period.Year.UrlValue}&asAt={period.AsAt:yyyy-MM-dd}";

    /// <summary>The same pack as an accessible web page, at the PDF's address with <c>.html</c>.</summary>
    public static string BoardPackPageHref(string sha, string? pct, ReportingPeriod period) =>
        BoardPackHref(sha, pct, period).Replace("/board-pack.pdf?", "/board-pack.html?", StringComparison.Ordinal);

    private static async Task<IResult> BoardPackPageAsync(
        HttpContext context, ISender sender, [FromQuery] string? sha, [FromQuery] string? pct, [FromQuery] string? year, [FromQuery] string? asAt)
    {
        var (period, problem) = ReportingPeriod.FromQuery(year, asAt);
        if (period is null) return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        return await RefusalsAsResults(async () =>
        {
            var page = await sender.Send(new GetBoardPackPage(new GetBoardPack(sha ?? "", pct, period.Year, period.AsAt)), context.RequestAborted);
            return Results.Content(page.Html, BoardPackPage.ContentType);
        });
    }

    private static async Task<IResult> DownloadBoardPackAsync(
        HttpContext context, ISender sender, [FromQuery] string? sha, [FromQuery] string? pct, [FromQuery] string? year, [FromQuery] string? asAt)
    {
        var (period, problem) = ReportingPeriod.FromQuery(year, asAt);
        if (period is null) return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        return await RefusalsAsResults(async () =>
        {
            var pack = await sender.Send(new GetBoardPack(sha ?? "", pct, period.Year, period.AsAt), context.RequestAborted);
            return Results.File(pack.Content, BoardPackFile.ContentType, pack.FileName);
        });
    }

    public static string TableHref(string table, ExportFormat format, ReportingPeriod period, string? sha = null, string? pct = null, int? contract = null, int? pilot = null)
    {
        var query = new List<string> { $"year={period.Year.UrlValue}", $"asAt={period.AsAt:yyyy-MM-dd}" };
        if (sha is not null) query.Add($"sha={Uri.EscapeDataString(sha)}");
        if (pct is not null) query.Add($"pct={Uri.EscapeDataString(pct)}");
        if (contract is not null) query.Add($"contract={contract}");
        if (pilot is not null) query.Add($"pilot={pilot}");
        return $"/exports/{table}.{format.Extension()}?{string.Join("&", query)}";
    }

    private static async Task<IResult> DownloadTableAsync(
        HttpContext context, ISender sender, string table, string format,
        [FromQuery] string? year, [FromQuery] string? asAt, [FromQuery] string? sha, [FromQuery] string? pct, [FromQuery] int? contract, [FromQuery] int? pilot)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat)
            return Results.Text($"'{format}' is not a download format. Choose csv or xlsx.", statusCode: StatusCodes.Status400BadRequest);
        var (period, problem) = ReportingPeriod.FromQuery(year, asAt);
        if (period is null) return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);

        return await RefusalsAsResults(async () =>
        {
            var download = await sender.Send(new GetTableDownload(table, exportFormat, period.Year, period.AsAt, sha, pct, contract, pilot), context.RequestAborted);
            return await FileResultAsync(download, context.RequestAborted);
        });
    }

    /// <summary>
    /// Excel files are zip archives, written with synchronous calls Kestrel refuses on the
    /// response; a temporary file keeps memory bounded either way and is deleted on close.
    /// </summary>
    internal static async Task<IResult> FileResultAsync(TableDownload download, CancellationToken cancellationToken)
    {
        var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await download.WriteAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return Results.File(buffer, download.Format.ContentType(), download.FileName);
    }

    /// <summary>The refusals a user can cause, as plain statuses with a sentence; the pipeline has already audited them.</summary>
    internal static async Task<IResult> RefusalsAsResults(Func<Task<IResult>> body)
    {
        try
        {
            return await body();
        }
        catch (AccessDeniedException)
        {
            return Results.Text("This download is outside the organisations your role covers. The attempt has been recorded.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        catch (NotFoundException ex)
        {
            return Results.Text($"{ex.Target} was not found.", statusCode: StatusCodes.Status404NotFound);
        }
        catch (ValidationException ex)
        {
            return Results.Text(string.Join(" ", ex.Errors.Select(e => e.ErrorMessage)), statusCode: StatusCodes.Status400BadRequest);
        }
        catch (TooBusyException ex)
        {
            return Results.Text(ex.Message, statusCode: StatusCodes.Status429TooManyRequests);
        }
    }
}
