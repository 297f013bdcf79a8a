using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Identity.Web;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

public static class AuthenticationSetup
{
    public const string SignInPath = "/signin";
    public const string AccessDeniedPath = "/access-denied";

    /// <summary>
    /// One cookie holds the session whichever way the user signed in. Challenges go to our own
    /// sign-in page, which offers Entra ID and, on laptops, the demo users.
    /// </summary>
    public static void AddShaOversightAuthentication(this WebApplicationBuilder builder, SignInSettings settings)
    {
        builder.Services.AddSingleton(settings);
        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        });

        if (settings.EntraEnabled)
        {
            authentication.AddMicrosoftIdentityWebApp(options =>
            {
                builder.Configuration.Bind("AzureAd", options);
                // App roles arrive in the "roles" claim; IsInRole and [Authorize(Roles)] read it.
                options.TokenValidationParameters.RoleClaimType = UserAccessResolver.RolesClaim;
                options.TokenValidationParameters.NameClaimType = "name";
            }, cookieScheme: CookieAuthenticationDefaults.AuthenticationScheme);
        }
        else
        {
            authentication.AddCookie();
        }

        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, options =>
        {
            options.LoginPath = SignInPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.Name = "ShaOversight.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            SessionCookieEvents.Attach(options.Events);
        });

        builder.Services.AddSingleton<EndedSessionAudits>();
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentUser, CurrentUser>();
    }
}
