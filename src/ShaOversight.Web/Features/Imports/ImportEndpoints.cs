using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Web.Features.Exports;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Features.Imports;

/// <summary>Template downloads: plain GETs, so a link in guidance or an email works too.</summary>
public static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/imports/templates/{kind}.{format}", Template)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Analyst, RoleNames.Admin));
    }

    private static async Task<IResult> Template(string kind, string format, ImportTemplates templates, CancellationToken cancellationToken)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
            return Results.Problem($"There is no '{kind}' import. The kinds are: {string.Join(", ", ImportKinds.AllSlugs)}.", statusCode: StatusCodes.Status404NotFound);
        if (ExportFormats.Parse(format) is not { } exportFormat)
            return Results.Problem($"Templates come as .csv or .xlsx, not .{format}.", statusCode: StatusCodes.Status404NotFound);
        return await ExportEndpoints.FileResultAsync(templates.For(importKind, exportFormat), cancellationToken);
    }
}
