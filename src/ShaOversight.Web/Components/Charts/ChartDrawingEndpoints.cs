using ShaOversight.Core.Security;

namespace ShaOversight.Web.Components.Charts;

/// <summary>
/// A live page's chart drawings (<see cref="ChartDrawingStore"/>), for their owner only. Every
/// request has already had its session checked (SessionCookieEvents), so a signed-out user is
/// sent to sign in. Another user's key, or one no longer kept, is simply not found.
/// </summary>
public static class ChartDrawingEndpoints
{
    public static void MapChartDrawingEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ChartDrawings.AddressPrefix + "{key}", (HttpContext context, ChartDrawingStore store, string key) =>
        {
            if (store.Find(UserAccessResolver.ObjectIdOf(context.User), key) is not { } svg)
                return Results.Text("This chart is no longer kept. Reload the page to draw it again.", statusCode: StatusCodes.Status404NotFound);
            // The key names the content, so the browser may keep it for as long as the page is open.
            context.Response.Headers.CacheControl = "private, max-age=3600, immutable";
            return Results.Text(svg, "image/svg+xml; charset=utf-8");
        }).RequireAuthorization();
}
