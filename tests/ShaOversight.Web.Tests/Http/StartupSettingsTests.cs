using System.Diagnostics;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>Starts the real built app as a process with bad settings: it must stop with a message naming the setting.</summary>
public sealed class StartupSettingsTests
{
    private static async Task<(int ExitCode, string Error)> StartAsync(params (string Key, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ConnectionStrings__ShaOversight"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"shao-{Guid.NewGuid():N}.db")}";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task Demo_sign_in_is_refused_outside_development_unless_explicitly_allowed()
    {
        var (exitCode, error) = await StartAsync(("ASPNETCORE_ENVIRONMENT", "Production"), ("DemoSignIn__Enabled", "true"));

        Assert.Equal(1, exitCode);
        Assert.Contains("DemoSignIn:Enabled is true in the Production environment", error);
        Assert.Contains("DemoSignIn:AllowOutsideDevelopment", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Production_with_no_way_to_sign_in_says_what_to_set()
    {
        var (exitCode, error) = await StartAsync(("ASPNETCORE_ENVIRONMENT", "Production"));

        Assert.Equal(1, exitCode);
        Assert.Contains("No way to sign in is configured. Set AzureAd:ClientId", error);
    }

    [Theory]
    [InlineData("Oracle", null, "Database:Provider is 'Oracle'")]
    [InlineData("SqlServer", "", "ConnectionStrings:ShaOversight is missing")]
    public async Task Bad_database_settings_stop_start_up_naming_the_setting(string provider, string? connectionString, string message)
    {
        List<(string, string)> environment = [("ASPNETCORE_ENVIRONMENT", "Development"), ("Database__Provider", provider)];
        if (connectionString is not null) environment.Add(("ConnectionStrings__ShaOversight", connectionString));

        var (exitCode, error) = await StartAsync([.. environment]);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("ReverseProxy__KnownProxies__0", "not-an-address", "ReverseProxy:KnownProxies:0 is 'not-an-address', which is not an IP address")]
    [InlineData("ReverseProxy__KnownNetworks__0", "10.0.0.0/99", "ReverseProxy:KnownNetworks:0 is '10.0.0.0/99', which is not a CIDR range")]
    [InlineData("DataProtection__CertificatePath", "/no/such/keys.pfx", "DataProtection:CertificatePath is '/no/such/keys.pfx', but there is no file there.")]
    [InlineData("Database__Provider", "SqlServer", "DataProtection:CertificatePath is missing. On SQL Server every instance shares")]
    public async Task Bad_hardening_settings_stop_start_up_naming_the_setting(string key, string value, string message)
    {
        var (exitCode, error) = await StartAsync(("ASPNETCORE_ENVIRONMENT", "Production"), ("DemoSignIn__Enabled", "true"),
            ("DemoSignIn__AllowOutsideDevelopment", "true"), (key, value));

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Demo_sign_in_explicitly_allowed_outside_development_is_on_and_bannered()
    {
        await using var app = new AppFactory { Environment = "Production" }
            .With("DemoSignIn:Enabled", "true")
            .With("DemoSignIn:AllowOutsideDevelopment", "true");
        using var client = app.AnonymousClient();

        var html = await client.GetStringAsync("/signin");

        Assert.Contains("Demo sign-in is on", html);
        Assert.Contains("Demo: NHS London board member", html);
    }
}
