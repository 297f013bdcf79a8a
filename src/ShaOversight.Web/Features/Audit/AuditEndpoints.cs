using Mediator;
using Microsoft.AspNetCore.Mvc;
using ShaOversight.Core.Features.Audit;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Security;
using ShaOversight.Web.Features.Exports;

namespace ShaOversight.Web.Features.Audit;

/// <summary>The audit log as a file, with the page's filters in the same query string.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/audit/entries.{format}", DownloadAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Analyst, RoleNames.Admin));

    private static async Task<IResult> DownloadAsync(HttpContext context, ISender sender, string format,
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? user, [FromQuery] string? action, [FromQuery] string? text)
    {
        if (ExportFormats.Parse(format) is not { } exportFormat)
            return Results.Text($"'{format}' is not a download format. Choose csv or xlsx.", statusCode: StatusCodes.Status400BadRequest);
        var (fromDate, fromProblem) = AuditDates.Parse(from, "from");
        var (toDate, toProblem) = AuditDates.Parse(to, "to");
        if ((fromProblem ?? toProblem) is { } problem) return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);

        return await ExportEndpoints.RefusalsAsResults(async () =>
        {
            var download = await sender.Send(new GetAuditDownload(new GetAuditEntries(fromDate, toDate, user, action, text), exportFormat), context.RequestAborted);
            return await ExportEndpoints.FileResultAsync(download, context.RequestAborted);
        });
    }
}
