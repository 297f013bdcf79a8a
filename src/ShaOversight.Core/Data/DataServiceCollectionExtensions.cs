using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data.Seeding;

namespace ShaOversight.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the provider's context factory behind <see cref="IDbContextFactory{AppDbContext}"/>.</summary>
    public static IServiceCollection AddShaOversightData(this IServiceCollection services, DatabaseSettings settings, string? seedDirectory = null)
    {
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteAppDbContext>((provider, options) =>
                    ConfigureSqlite(options, settings.ConnectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<AppDbContext>, ProviderContextFactory<SqliteAppDbContext>>();
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextFactory<SqlServerAppDbContext>((provider, options) =>
                    ConfigureSqlServer(options, settings.ConnectionString).AddInterceptors(provider.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<AppDbContext>, ProviderContextFactory<SqlServerAppDbContext>>();
                break;
        }
        // Only for the data-protection key ring, which resolves a context from a scope.
        // Handlers use the factory: a Blazor circuit outlives any sensible context lifetime.
        services.AddScoped<AppDbContext>(provider => provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitialiser>();
        services.AddSingleton(new SeedData(seedDirectory ?? SeedData.DefaultDirectory));
        return services;
    }

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));

    public static DbContextOptionsBuilder ConfigureSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql =>
        {
            sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
            sql.EnableRetryOnFailure(maxRetryCount: 3);
            // The oldest level the app supports (docs/operations.md): EF then writes no SQL that
            // only newer servers understand, and the tests parse it with that grammar.
            sql.UseCompatibilityLevel(130);
        });

    private sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
