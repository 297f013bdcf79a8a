using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_model_has_no_changes_missing_a_migration()
    {
        using var db = SqliteAppDbContext.Create("Data Source=:memory:");
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqliteAppDbContext (see docs/operations.md).");
    }

    [Fact]
    public void Sql_server_model_has_no_changes_missing_a_migration()
    {
        using var db = SqlServerAppDbContext.Create("Server=(none);Database=ShaOversight");
        Assert.False(db.Database.HasPendingModelChanges(), "Run dotnet ef migrations add for SqlServerAppDbContext (see docs/operations.md).");
    }

    [Fact]
    public void Sql_server_script_is_generated_without_a_server_and_is_idempotent()
    {
        var script = MigrationScript.Generate(DatabaseProvider.SqlServer);

        Assert.Contains("CREATE TABLE [Contracts]", script);
        Assert.Contains("CREATE TABLE [MonthlyReturns]", script);
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("[__EFMigrationsHistory]", script);
    }

    [Fact]
    public async Task Sqlite_migrations_build_every_table_in_an_empty_file()
    {
        using var database = new TestDatabase();
        await using var db = SqliteAppDbContext.Create(database.ConnectionString);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Contracts.CountAsync());
        Assert.Equal(0, await db.CompetencyScores.CountAsync());
    }
}
