using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ShaOversight.Web.Tests.Infrastructure;

/// <summary>
/// The real app in memory over its own SQLite file, migrated and seeded at start-up exactly as
/// on a laptop. Settings can be overridden per test to try bad and production configurations.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"shaoversight-web-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);

    public AppFactory()
    {
        _settings["ConnectionStrings:ShaOversight"] = new SqliteConnectionStringBuilder { DataSource = _databaseFile, Pooling = false }.ToString();
    }

    public string Environment { get; init; } = "Development";

    public AppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(_databaseFile + suffix)) File.Delete(_databaseFile + suffix);
        }
    }
}
