using ShaOversight.Core.Security;

namespace ShaOversight.Web.Components.Charts;

/// <summary>
/// A live page's chart drawings (<see cref="ChartDrawingStore"/>), for the users who drew them,
/// with a role, as the downloads are. Every request has already had its session checked
/// (SessionCookieEvents), so a signed-out user is sent to sign in. Another user's key, or one no
/// longer kept, is simply not found.
/// </summary>
public static class ChartDrawingEndpoints
{
    public static void MapChartDrawingEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(ChartDrawings.AddressPrefix + "{key}", (HttpContext context, ChartDrawingStore store, string key) =>
        {
            if (store.Find(UserAccessResolver.ObjectIdOf(context.User), key) is not { } svg)
                return Results.Text("This chart is no longer kept. Reload the page to draw it again.", statusCode: StatusCodes.Status404NotFound);
            // Like every response holding data, never stored by the browser: the page keeps its own copy while open.
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(svg, "image/svg+xml; charset=utf-8");
        }).RequireAuthorization(policy => policy.RequireRole(RoleNames.Any.Split(',')));
}
