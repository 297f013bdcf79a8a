using Microsoft.Net.Http.Headers;
using ShaOversight.Web.Security;

namespace ShaOversight.Web.Hosting;

/// <summary>
/// Headers every response carries, whatever produced it: page, static file, download, error,
/// health check or the Blazor hub. Scripts come only from this site (Blazor Server needs no
/// eval and App.razor has no inline script); styles may be inline because MudBlazor writes its
/// theme as a style element and positions with style attributes.
/// </summary>
public static class SecurityHeaders
{
    public static string ContentSecurityPolicy(SignInSettings signIn, string? entraInstance)
    {
        // Signing out of Entra posts here and is redirected to Microsoft, which form-action governs.
        var formTargets = signIn.EntraEnabled && Uri.TryCreate(entraInstance, UriKind.Absolute, out var instance)
            ? $"'self' {instance.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action {formTargets}",
            "frame-ancestors 'none'");
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Services.GetRequiredService<SignInSettings>(), app.Configuration["AzureAd:Instance"]);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // Replaces Blazor's own frame-ancestors-only policy on pages.
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
                // Pages and health already say no-store and fingerprinted static files say
                // immutable; anything silent (downloads, error pages) holds data or is one-off.
                if (!headers.ContainsKey(HeaderNames.CacheControl)) headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
