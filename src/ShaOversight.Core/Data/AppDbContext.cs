using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data;

/// <summary>
/// The application's model. Each database provider has a thin derived context so that each
/// keeps its own migrations; handlers only ever see this type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<FescList> FescLists => Set<FescList>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<SupplierListing> SupplierListings => Set<SupplierListing>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractServiceArea> ContractServiceAreas => Set<ContractServiceArea>();
    public DbSet<ContractCoverage> ContractCoverage => Set<ContractCoverage>();
    public DbSet<SavingsTargetPhase> SavingsTargetPhases => Set<SavingsTargetPhase>();
    public DbSet<MonthlyReturn> MonthlyReturns => Set<MonthlyReturn>();
    public DbSet<Pilot> Pilots => Set<Pilot>();
    public DbSet<PilotMilestone> PilotMilestones => Set<PilotMilestone>();
    public DbSet<PilotCommentary> PilotCommentary => Set<PilotCommentary>();
    public DbSet<PilotLesson> PilotLessons => Set<PilotLesson>();
    public DbSet<Competency> Competencies => Set<Competency>();
    public DbSet<AssessmentYear> AssessmentYears => Set<AssessmentYear>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<CompetencyScore> CompetencyScores => Set<CompetencyScore>();
    public DbSet<UserScope> UserScopes => Set<UserScope>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SpcNote> SpcNotes => Set<SpcNote>();
    public DbSet<PublishedFact> PublishedFacts => Set<PublishedFact>();
    public DbSet<DataOrigin> DataOrigins => Set<DataOrigin>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ChangeFeedEntry> ChangeFeed => Set<ChangeFeedEntry>();
    public DbSet<ChangeFeedHead> ChangeFeedHead => Set<ChangeFeedHead>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money everywhere is pounds and pence; 18 digits is ample for NHS budgets.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Rag>().HaveConversion<string>().HaveMaxLength(8);
        configurationBuilder.Properties<FinancialYear>().HaveConversion<FinancialYearConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is append-only; the database's triggers say the same for raw SQL.</summary>
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
    }

    /// <summary>
    /// SQLite has no rowversion, so concurrency uses an integer token that every save of a
    /// changed row increments; EF then checks the original value in the UPDATE's WHERE clause.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Metadata.FindProperty(VersionConfiguration.PropertyName);
            if (version is null) continue;
            var property = entry.Property(VersionConfiguration.PropertyName);
            property.CurrentValue = (int)property.OriginalValue! + 1;
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    /// <summary>A context outside dependency injection: design time, scripts and tests.</summary>
    public static SqliteAppDbContext Create(string connectionString) =>
        new((DbContextOptions<SqliteAppDbContext>)DataServiceCollectionExtensions
            .ConfigureSqlite(new DbContextOptionsBuilder<SqliteAppDbContext>(), connectionString).Options);
}

public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>A context outside dependency injection. It connects only when a query runs.</summary>
    public static SqlServerAppDbContext Create(string connectionString) =>
        new((DbContextOptions<SqlServerAppDbContext>)DataServiceCollectionExtensions
            .ConfigureSqlServer(new DbContextOptionsBuilder<SqlServerAppDbContext>(), connectionString).Options);
}
