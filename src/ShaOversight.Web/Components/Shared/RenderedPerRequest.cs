using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace ShaOversight.Web.Components.Shared;

/// <summary>
/// Pages marked <c>[ExcludeFromInteractiveRouting]</c> (the SHA lenses among them) are rendered on
/// the server for each request and hold no circuit: what a circuit would have done for them, such
/// as opening the navigation or reloading on a change, is done by the browser (wwwroot/app.js) or
/// by a small interactive island. This is how a component tells which kind of page it is on.
/// </summary>
public static class RenderedPerRequest
{
    /// <summary>
    /// Rendered for a request with no render mode of its own or inherited. A live page's prerender
    /// has the interactive mode assigned, and so does an island's; a component test has no request.
    /// </summary>
    public static bool Is(HttpContext? httpContext, IComponentRenderMode? assignedRenderMode) =>
        httpContext is not null && assignedRenderMode is null;
}
