using System.Net;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

public sealed class HostKeysAndServerTests
{
    [Fact]
    public async Task The_real_server_does_not_name_itself()
    {
        await using var app = new AppFactory();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        using var live = await client.GetAsync("/health/live");
        using var missing = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(live.Headers.Contains("Server"));
        Assert.False(missing.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Circuit_options_are_the_chosen_ones_and_a_detailed_errors_setting_cannot_turn_details_on()
    {
        await using var app = new AppFactory().With("DetailedErrors", "true");

        var options = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.False(options.DetailedErrors);
        Assert.Equal(TimeSpan.FromMinutes(1), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(50, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(1), options.JSInteropDefaultCallTimeout);
        Assert.Equal(10, options.MaxBufferedUnacknowledgedRenderBatches);
    }

    [Fact]
    public async Task Data_protection_keys_are_stored_encrypted_with_a_certificate_kept_outside_the_database()
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"shao-dp-{Guid.NewGuid():N}.pfx");
        try
        {
            await using var app = new AppFactory().With("DataProtection:LocalCertificatePath", certificate);
            // Signing in issues cookies, which makes the first key.
            using var client = await app.SignedInClientAsync("national");

            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();

            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("<encryptedSecret", xml);
                Assert.DoesNotContain("<masterKey", xml);
            });
            Assert.True(File.Exists(certificate));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));
        }
        finally
        {
            File.Delete(certificate);
        }
    }
}
