using System.Net;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
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
        Assert.Equal(TimeSpan.FromSeconds(30), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(20, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(1), options.JSInteropDefaultCallTimeout);
        Assert.Equal(10, options.MaxBufferedUnacknowledgedRenderBatches);
        // SignalR's default, on Blazor's own hub (an internal type): what a page hands to its circuit is capped to fit it (PageData).
        var blazorHub = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var optionsType = typeof(IOptions<>).MakeGenericType(typeof(Microsoft.AspNetCore.SignalR.HubOptions<>).MakeGenericType(blazorHub));
        var hubOptions = (Microsoft.AspNetCore.SignalR.HubOptions)optionsType.GetProperty("Value")!.GetValue(app.Services.GetRequiredService(optionsType))!;
        Assert.Equal(32 * 1024, hubOptions.MaximumReceiveMessageSize);
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

    [Fact]
    public async Task A_key_stored_unencrypted_before_encryption_was_added_is_removed_at_start_up()
    {
        var certificate = Path.Combine(Path.GetTempPath(), $"shao-dp-{Guid.NewGuid():N}.pfx");
        var database = Path.Combine(Path.GetTempPath(), $"shao-dp-{Guid.NewGuid():N}.db");
        var connection = new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString();
        try
        {
            await using (var first = new AppFactory().With("ConnectionStrings:ShaOversight", connection).With("DataProtection:LocalCertificatePath", certificate))
                _ = first.Services; // starts the host, which creates and seeds the database
            await using (var sqlite = new SqliteConnection(connection))
            {
                await sqlite.OpenAsync();
                await using var insert = sqlite.CreateCommand();
                insert.CommandText = "INSERT INTO DataProtectionKeys (FriendlyName, Xml) VALUES ('key-plain', $xml)";
                insert.Parameters.AddWithValue("$xml", UnencryptedKeyXml);
                await insert.ExecuteNonQueryAsync();
            }

            await using var app = new AppFactory().With("ConnectionStrings:ShaOversight", connection).With("DataProtection:LocalCertificatePath", certificate);
            using var client = await app.SignedInClientAsync("national");

            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var keys = await db.DataProtectionKeys.ToListAsync();
            Assert.DoesNotContain(keys, k => k.FriendlyName == "key-plain");
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Contains("<encryptedSecret", k.Xml));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { certificate, database, database + "-wal", database + "-shm" }) File.Delete(file);
        }
    }

    /// <summary>A key as ASP.NET Core wrote it before a certificate protected the ring: the master key in plain text.</summary>
    private const string UnencryptedKeyXml = """
        <key id="6f2b1c7e-0d4a-4b8e-9c1f-2a3b4c5d6e7f" version="1">
          <creationDate>2026-01-01T00:00:00Z</creationDate>
          <activationDate>2026-01-01T00:00:00Z</activationDate>
          <expirationDate>2099-01-01T00:00:00Z</expirationDate>
          <descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection">
            <descriptor>
              <encryption algorithm="AES_256_CBC" />
              <validation algorithm="HMACSHA256" />
              <masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">
                <value>AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==</value>
              </masterKey>
            </descriptor>
          </descriptor>
        </key>
        """;
}
