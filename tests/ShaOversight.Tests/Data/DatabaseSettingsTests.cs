using Microsoft.Extensions.Configuration;
using ShaOversight.Core.Data;

namespace ShaOversight.Tests.Data;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Defaults_to_a_sqlite_file_in_the_data_folder()
    {
        var baseDirectory = Path.Combine(Path.GetTempPath(), $"shao-{Guid.NewGuid():N}");
        var settings = DatabaseSettings.From(Settings(), baseDirectory);

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains(Path.Combine(baseDirectory, "data", "shaoversight.db"), settings.ConnectionString);
        Assert.True(Directory.Exists(Path.Combine(baseDirectory, "data")));
        Directory.Delete(baseDirectory, recursive: true);
    }

    [Fact]
    public void An_unknown_provider_names_the_setting()
    {
        var error = Assert.Throws<SettingsException>(() => DatabaseSettings.From(Settings(("Database:Provider", "Oracle")), Path.GetTempPath()));
        Assert.Contains("Database:Provider is 'Oracle'", error.Message);
        Assert.Contains("'Sqlite' or 'SqlServer'", error.Message);
    }

    [Fact]
    public void A_numeric_provider_is_not_taken_for_an_enum_value()
    {
        Assert.Throws<SettingsException>(() => DatabaseSettings.From(Settings(("Database:Provider", "7")), Path.GetTempPath()));
    }

    [Fact]
    public void Sql_server_without_a_connection_string_names_the_setting_and_its_environment_variable()
    {
        var error = Assert.Throws<SettingsException>(() => DatabaseSettings.From(Settings(("Database:Provider", "SqlServer")), Path.GetTempPath()));
        Assert.Contains("ConnectionStrings:ShaOversight is missing", error.Message);
        Assert.Contains("ConnectionStrings__ShaOversight", error.Message);
    }

    [Fact]
    public void Sql_server_takes_its_connection_string_as_given()
    {
        var settings = DatabaseSettings.From(Settings(("Database:Provider", "sqlserver"),
            ("ConnectionStrings:ShaOversight", "Server=db;Database=ShaOversight")), Path.GetTempPath());
        Assert.Equal(new DatabaseSettings(DatabaseProvider.SqlServer, "Server=db;Database=ShaOversight"), settings);
    }

    [Fact]
    public void A_malformed_sqlite_connection_string_names_the_setting()
    {
        var error = Assert.Throws<SettingsException>(() => DatabaseSettings.From(Settings(("ConnectionStrings:ShaOversight", "Nonsense=1")), Path.GetTempPath()));
        Assert.Contains("ConnectionStrings:ShaOversight", error.Message);
    }

    [Fact]
    public void In_a_checkout_the_base_directory_is_the_folder_with_the_solution()
    {
        var root = DatabaseSettings.DefaultBaseDirectory(AppContext.BaseDirectory);
        Assert.True(File.Exists(Path.Combine(root, "ShaOversight.sln")));
    }
}
