using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using ShaOversight.Core.Data;

namespace ShaOversight.Web.Security;

/// <summary>
/// Which ways of signing in are on. Entra ID is on when <c>AzureAd:ClientId</c> is set. Demo
/// sign-in needs <c>DemoSignIn:Enabled</c>, and outside Development also
/// <c>DemoSignIn:AllowOutsideDevelopment</c>, so it cannot be left on in production by accident.
/// </summary>
public sealed record SignInSettings(bool EntraEnabled, bool DemoEnabled)
{
    public static SignInSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var entra = !string.IsNullOrWhiteSpace(configuration["AzureAd:ClientId"]);
        if (entra && string.IsNullOrWhiteSpace(configuration["AzureAd:TenantId"]))
            throw new SettingsException("AzureAd:TenantId is missing. Entra ID sign-in (AzureAd:ClientId is set) needs the tenant id too.");

        var demo = ReadFlag(configuration, "DemoSignIn:Enabled");
        if (demo && !environment.IsDevelopment() && !ReadFlag(configuration, "DemoSignIn:AllowOutsideDevelopment"))
            throw new SettingsException(
                $"DemoSignIn:Enabled is true in the {environment.EnvironmentName} environment. Demo sign-in lets anyone pick a role, " +
                "so outside Development it also needs DemoSignIn:AllowOutsideDevelopment set to true.");
        if (!entra && !demo)
            throw new SettingsException(
                "No way to sign in is configured. Set AzureAd:ClientId and AzureAd:TenantId for Entra ID, or DemoSignIn:Enabled for a laptop.");
        return new SignInSettings(entra, demo);
    }

    private static bool ReadFlag(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return false;
        return bool.TryParse(text, out var value)
            ? value
            : throw new SettingsException($"{key} is '{text}'; it must be true or false.");
    }
}
