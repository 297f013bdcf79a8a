using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Security;

namespace ShaOversight.Tests.Infrastructure;

/// <summary>
/// The real pipeline over a database of its own, seeded at a chosen scale, for tests that look at
/// the SQL a handler sends (how many statements, which plans) rather than at one shared fixture.
/// </summary>
public static class SeededServices
{
    /// <summary>Migrates and seeds <paramref name="database"/>; every message is sent as <paramref name="principal"/>.</summary>
    public static async Task<ServiceProvider> StartAsync(TestDatabase database, int scale, ClaimsPrincipal principal)
    {
        var provider = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddShaOversightData(new DatabaseSettings(DatabaseProvider.Sqlite, database.ConnectionString))
            .AddShaOversightMediator()
            .AddScoped<ICurrentUser>(services => new FixedUser(services.GetRequiredService<UserAccessResolver>(), principal))
            .BuildServiceProvider();
        var initialiser = provider.GetRequiredService<DatabaseInitialiser>();
        await initialiser.MigrateAsync(CancellationToken.None);
        await initialiser.SeedIfEmptyAsync(scale, CancellationToken.None);
        return provider;
    }

    private sealed class FixedUser(UserAccessResolver resolver, ClaimsPrincipal principal) : ICurrentUser
    {
        private UserAccess? _access;

        public async ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) =>
            _access ??= await resolver.ResolveAsync(principal, cancellationToken);
    }
}
