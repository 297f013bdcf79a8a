namespace ShaOversight.Web.Hosting;

/// <summary>
/// The Blazor hub carries the user's cookie, and browsers let any site open a WebSocket to it.
/// A request to <c>/_blazor</c> from a page on another origin is refused, so no other site can
/// drive a circuit as the user. Allowed: this site's own origin (as the user's browser sees it,
/// after forwarded headers) and any origin listed in <c>Circuits:AllowedOrigins</c>.
/// Requests with no Origin header are not browsers acting for another site, so they pass.
/// </summary>
public static class HubOriginCheck
{
    public const string HubPath = "/_blazor";
    public const string AllowedOriginsKey = "Circuits:AllowedOrigins";

    public static void UseHubOriginCheck(this WebApplication app)
    {
        var allowed = app.Configuration.GetSection(AllowedOriginsKey).GetChildren()
            .Select(origin => origin.Value?.TrimEnd('/'))
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(HubPath)) return next(context);
            var origin = context.Request.Headers.Origin.ToString();
            if (origin.Length == 0 || IsOwnOrigin(context.Request, origin) || allowed.Contains(origin)) return next(context);

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
    }

    private static bool IsOwnOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
}
