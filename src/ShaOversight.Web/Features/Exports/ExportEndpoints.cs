using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Security;
using ShaOversight.Core.Tables;
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

    public static string TableHref(string table, ExportFormat format, ReportingPeriod period, string? sha = null, string? pct = null, int? contract = null, int? pilot = null) =>
        TableHref(table, format, new TableRequest(period.Year, period.AsAt, sha, pct, contract, pilot));

    /// <summary>A table's file, carrying the page's filters, page and order, so the file holds the rows on screen.</summary>
    public static string TableHref(string table, ExportFormat format, TableRequest request)
    {
        var query = new List<string> { $"year={request.Year.UrlValue}", $"asAt={request.AsAt:yyyy-MM-dd}" };
        void Add(string name, object? value)
        {
            if (value is not null) query.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)}");
        }
        Add("sha", request.Sha);
        Add("pct", request.Pct);
        Add("contract", request.Contract);
        Add("pilot", request.Pilot);
        Add("stage", request.Filters.Stage);
        Add("list", request.Filters.List);
        Add("area", request.Filters.Area);
        Add("page", request.View.Page);
        Add("sort", request.View.Sort);
        return $"/exports/{table}.{format.Extension()}?{string.Join("&", query)}";
    }

    private static async Task<IResult> DownloadTableAsync(
        HttpContext context, ISender sender, string table, string format,
        [FromQuery] string? year, [FromQuery] string? asAt, [FromQuery] string? sha, [FromQuery] string? pct, [FromQuery] int? contract, [FromQuery] int? pilot,
        [FromQuery] string? stage, [FromQuery] string? list, [FromQuery] string? area, [FromQuery] string? page, [FromQuery] string? sort)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat)
            return Results.Text($"'{format}' is not a download format. Choose csv or xlsx.", statusCode: StatusCodes.Status400BadRequest);
        var (period, problem) = ReportingPeriod.FromQuery(year, asAt);
        if (period is null) return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        // No page: every row (the whole list), as shao export without --page gives it.
        int? pageNumber = null;
        if (page is not null)
        {
            if (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
                return Results.Text($"'{page}' is not a page number. Write a whole number, 1 or more.", statusCode: StatusCodes.Status400BadRequest);
            pageNumber = number;
        }

        return await RefusalsAsResults(async () =>
        {
            var download = await sender.Send(new GetTableDownload(table, exportFormat, period.Year, period.AsAt, sha, pct, contract, pilot)
            {
                Filters = new TableFilters(stage, list, area),
                View = new TableView(pageNumber, string.IsNullOrEmpty(sort) ? null : sort),
            }, context.RequestAborted);
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
