using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ShaOversight.Core.Data;

// Used only by `dotnet ef migrations add`; neither opens a connection.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteAppDbContext>)DataServiceCollectionExtensions
            .ConfigureSqlite(new DbContextOptionsBuilder<SqliteAppDbContext>(), "Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerAppDbContext>)DataServiceCollectionExtensions
            .ConfigureSqlServer(new DbContextOptionsBuilder<SqlServerAppDbContext>(), "Server=(design-time);Database=ShaOversight").Options);
}
