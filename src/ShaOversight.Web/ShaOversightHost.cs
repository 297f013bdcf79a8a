using System.Globalization;
using MudBlazor.Services;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Web.Components;
using ShaOversight.Web.Components.Charts;
using ShaOversight.Web.Features.Account;
using ShaOversight.Web.Features.Imports;
using ShaOversight.Web.Features.Audit;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Web.Features.Exports;
using ShaOversight.Web.Health;
using ShaOversight.Web.Hosting;
using ShaOversight.Web.Security;

namespace ShaOversight.Web;

/// <summary>The web app's services and request pipeline, kept out of Program so tests can see the whole shape.</summary>
public static class ShaOversightHost
{
    public static void AddShaOversight(this WebApplicationBuilder builder)
    {
        var baseDirectory = DatabaseSettings.DefaultBaseDirectory(builder.Environment.ContentRootPath);
        var database = DatabaseSettings.From(builder.Configuration, baseDirectory);
        var signIn = SignInSettings.From(builder.Configuration, builder.Environment);

        builder.Services.AddShaOversightData(database, builder.Configuration["Seed:Directory"]);
        builder.Services.AddSingleton(DashboardSettings.From(builder.Configuration));
        builder.Services.AddSingleton(ImportLimits.From(builder.Configuration));
        builder.Services.AddShaOversightMediator();
        builder.Services.AddChangeFeedListener(builder.Configuration);
        builder.AddShaOversightAuthentication(signIn);
        builder.Services.AddShaOversightHealthChecks();

        builder.AddHostHardening(database.Provider);

        // SignalR's default 32 KB message limit is kept: what a page hands from its prerender to its
        // circuit is capped to fit it (Components/Shared/PageData.cs).
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<ChartDrawingStore>();
        builder.Services.AddScoped<ChartDrawings>();
        builder.Services.AddAntiforgery();
    }

    public static async Task UseShaOversightAsync(this WebApplication app)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

        var database = app.Services.GetRequiredService<DatabaseSettings>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // The laptop database looks after itself; SQL Server is migrated by `shao migrate` or a reviewed script.
            var initialiser = app.Services.GetRequiredService<DatabaseInitialiser>();
            await initialiser.MigrateAsync(CancellationToken.None);
            await initialiser.SeedIfEmptyAsync(scale: 1, CancellationToken.None);
        }
        await DataProtectionKeys.RemoveUnencryptedKeysAsync(app.Services, CancellationToken.None);

        // Forwarded headers, security headers, designed error pages (never a stack trace), HSTS, hub origin check.
        app.UseHostHardening();

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgeryWithDesignedRefusal();

        app.MapStaticAssets();
        app.MapShaOversightHealthChecks();
        app.MapAccountEndpoints();
        app.MapImportEndpoints();
        app.MapAuditEndpoints();
        app.MapExportEndpoints();
        app.MapChartDrawingEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
