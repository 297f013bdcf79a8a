using ShaOversight.Core.Features.Imports;
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

    private static IResult Template(string kind, string format, ImportTemplates templates)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
            return Results.Problem($"There is no '{kind}' import. The kinds are: {string.Join(", ", ImportKinds.AllSlugs)}.", statusCode: StatusCodes.Status404NotFound);
        var (file, contentType) = format switch
        {
            "csv" => (templates.Csv(importKind), "text/csv; charset=utf-8"),
            "xlsx" => (templates.Excel(importKind), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            _ => (null, ""),
        };
        return file is null
            ? Results.Problem($"Templates come as .csv or .xlsx, not .{format}.", statusCode: StatusCodes.Status404NotFound)
            : Results.File(file.Content, contentType, file.FileName);
    }
}
