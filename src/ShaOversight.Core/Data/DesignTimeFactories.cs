using Microsoft.EntityFrameworkCore.Design;

namespace ShaOversight.Core.Data;

// Used only by `dotnet ef migrations add`; neither opens a connection.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) => SqliteAppDbContext.Create("Data Source=design-time.db");
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) => SqlServerAppDbContext.Create("Server=(design-time);Database=ShaOversight");
}
