using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Data.Seeding;

namespace ShaOversight.Core.Data;

/// <summary>Brings a database to the current schema and fills it on first use.</summary>
public sealed class DatabaseInitialiser(IDbContextFactory<AppDbContext> contextFactory, SeedData seedData, ILogger<DatabaseInitialiser> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer: dashboards stay responsive during an import.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>Seeds inside one transaction when there are no organisations yet; returns whether it did.</summary>
    public async Task<bool> SeedIfEmptyAsync(int scale, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            logger.LogInformation("The database already holds data; seeding skipped.");
            return false;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await seedData.SeedAsync(db, scale, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        logger.LogInformation("Seeded the database from {Directory} at scale {Scale}.", seedData.Directory, scale);
        return true;
    }
}
