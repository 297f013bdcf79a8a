using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ShaOversight.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>A setting that is missing or wrong. Start-up reports its message and stops.</summary>
public sealed class SettingsException(string message) : Exception(message)
{
    /// <summary>A setting's value, or the fallback when it is not set; a value that does not parse stops start-up naming the key.</summary>
    public static T Read<T>(IConfiguration configuration, string key, T fallback, string expected) where T : IParsable<T>
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return T.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SettingsException($"{key} is '{text}', which is not {expected}.");
    }
}

/// <summary>
/// Which database to use, read from <c>Database:Provider</c> and the connection string named
/// <c>ShaOversight</c> (overridable by <c>ConnectionStrings__ShaOversight</c>).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ConnectionStringName = "ShaOversight";
    public const string DefaultSqliteFile = "data/shaoversight.db";

    /// <param name="baseDirectory">What a relative SQLite file name is relative to.</param>
    public static DatabaseSettings From(IConfiguration configuration, string baseDirectory)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new SettingsException(
                    $"Database:Provider is '{providerText}', which is not a provider this app knows. Use 'Sqlite' or 'SqlServer'.");

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider == DatabaseProvider.SqlServer)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new SettingsException(
                    $"ConnectionStrings:{ConnectionStringName} is missing. Database:Provider is SqlServer, which needs it " +
                    $"(set it in appsettings or in the environment variable ConnectionStrings__{ConnectionStringName}).");
            return new DatabaseSettings(provider, connectionString);
        }

        return new DatabaseSettings(provider, ResolveSqlite(connectionString, baseDirectory));
    }

    /// <summary>Makes a relative SQLite file absolute and creates its folder, so first run just works.</summary>
    private static string ResolveSqlite(string? connectionString, string baseDirectory)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={DefaultSqliteFile}" : connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new SettingsException($"ConnectionStrings:{ConnectionStringName} is not a valid SQLite connection string: {ex.Message}");
        }

        var file = builder.DataSource;
        if (string.IsNullOrWhiteSpace(file))
            throw new SettingsException($"ConnectionStrings:{ConnectionStringName} has no Data Source (the SQLite file name).");
        if (file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            return builder.ToString();

        var fullPath = Path.GetFullPath(file, baseDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        builder.DataSource = fullPath;
        return builder.ToString();
    }

    /// <summary>
    /// In a source checkout, the folder holding ShaOversight.sln, so that the web app and the
    /// command-line tool share one laptop database; elsewhere, the given folder.
    /// </summary>
    public static string DefaultBaseDirectory(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ShaOversight.sln")))
                return directory.FullName;
        }
        return startDirectory;
    }
}
