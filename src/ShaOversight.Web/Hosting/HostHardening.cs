using Microsoft.AspNetCore.Components.Server;
using ShaOversight.Core.Data;
using ShaOversight.Web.Security;

namespace ShaOversight.Web.Hosting;

/// <summary>The web host's production hardening in two calls; docs/operations.md describes each setting.</summary>
public static class HostHardening
{
    public static void AddHostHardening(this WebApplicationBuilder builder, DatabaseProvider provider)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddReverseProxySettings(builder.Configuration);
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // After configuration binding, so a DetailedErrors setting cannot turn details back on.
        builder.Services.PostConfigure<CircuitOptions>(CircuitLimits.Apply);
        builder.AddShaOversightDataProtection(provider);
    }

    /// <summary>First in the pipeline: everything after it sees the user's scheme and address, and every response gets the headers.</summary>
    public static void UseHostHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseDesignedErrorPages();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseHubOriginCheck();
    }
}
