using System.Data.Common;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;

namespace ShaOversight.Web.Security;

/// <summary>
/// The key ring that signs session and antiforgery cookies lives in the database, so several
/// instances share it; each key is encrypted there with a certificate kept elsewhere, so reading
/// the database is not enough to forge a cookie. Production names a certificate file in
/// <c>DataProtection:CertificatePath</c> (and <c>DataProtection:CertificatePassword</c>); a laptop
/// makes its own on first run, outside the repository, readable only by the user.
/// </summary>
public static class DataProtectionKeys
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";
    public const string LocalCertificatePathKey = "DataProtection:LocalCertificatePath";

    public static void AddShaOversightDataProtection(this WebApplicationBuilder builder, DatabaseProvider provider)
    {
        var certificate = KeyEncryptionCertificate(builder.Configuration, builder.Environment, provider);
        builder.Services.AddDataProtection()
            .SetApplicationName("ShaOversight")
            .PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithCertificate(certificate);
    }

    /// <summary>
    /// Deletes keys written before they were encrypted: their secret sits in the database in
    /// plain text, so anyone who can read it could forge a cookie with them. Run at start-up,
    /// before the key ring is first read; cookies signed with those keys stop working, so
    /// everyone signed in with one signs in again, once. Revocation entries have no secret and stay.
    /// </summary>
    public static async Task RemoveUnencryptedKeysAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataProtectionKeys));
        try
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
            var removed = await db.DataProtectionKeys
                .Where(k => k.Xml != null && k.Xml.Contains("<key") && !k.Xml.Contains("<encryptedSecret"))
                .ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
                logger.LogWarning("Removed {Count} data-protection key(s) stored unencrypted; users signed in with them must sign in again.", removed);
        }
        catch (DbException ex)
        {
            // An unreachable SQL Server must leave the app live but not ready (see the health checks), not stop it starting.
            logger.LogError(ex, "Could not check the data-protection keys for unencrypted ones; the check runs again at the next start.");
        }
    }

    private static X509Certificate2 KeyEncryptionCertificate(IConfiguration configuration, IHostEnvironment environment, DatabaseProvider provider)
    {
        if (configuration[CertificatePathKey] is { Length: > 0 } path)
        {
            if (!File.Exists(path)) throw new SettingsException($"{CertificatePathKey} is '{path}', but there is no file there.");
            try
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
            }
            catch (CryptographicException)
            {
                throw new SettingsException($"{CertificatePathKey} is '{path}', which could not be opened as a PFX file with {CertificatePasswordKey}.");
            }
        }
        // Instances that each made their own certificate could not read one another's keys.
        if (provider == DatabaseProvider.SqlServer && !environment.IsDevelopment())
            throw new SettingsException(
                $"{CertificatePathKey} is missing. On SQL Server every instance shares the data-protection keys, " +
                "so they need one certificate to encrypt them; see docs/operations.md.");
        return LocalCertificate(configuration[LocalCertificatePathKey] is { Length: > 0 } local ? local : DefaultLocalPath());
    }

    private static string DefaultLocalPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "ShaOversight", "data-protection-keys.pfx");

    /// <summary>
    /// The laptop's certificate: made once, then reused. It is written aside and renamed into
    /// place, so two processes starting together never read a half-written file; the second
    /// rename fails and that process uses the first one's.
    /// </summary>
    private static X509Certificate2 LocalCertificate(string path)
    {
        if (!File.Exists(path))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var aside = $"{path}.{Guid.NewGuid():N}.tmp";
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var file = new FileStream(aside, options)) file.Write(NewSelfSignedPfx());
            try
            {
                File.Move(aside, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(aside);
            }
        }
        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }

    private static byte[] NewSelfSignedPfx()
    {
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=ShaOversight data-protection keys (this computer)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        return certificate.Export(X509ContentType.Pfx);
    }
}
