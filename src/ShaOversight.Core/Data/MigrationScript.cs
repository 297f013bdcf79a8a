using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ShaOversight.Core.Data;

public static class MigrationScript
{
    /// <summary>
    /// An idempotent script of every migration for the provider, built from the migrations
    /// alone: a DBA can review and run it without the app ever connecting to production.
    /// </summary>
    public static string Generate(DatabaseProvider provider)
    {
        using AppDbContext db = provider == DatabaseProvider.SqlServer
            ? SqlServerAppDbContext.Create("Server=(script);Database=ShaOversight")
            : SqliteAppDbContext.Create("Data Source=:memory:");
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }
}
