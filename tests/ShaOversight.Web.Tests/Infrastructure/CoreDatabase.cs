using System.Security.Claims;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Tests.Infrastructure;

/// <summary>
/// A migrated, seeded SQLite file and the real Core pipeline over it, for component tests of
/// forms: the form sends real commands, the real validators answer, and conflicts are real.
/// </summary>
public sealed class CoreDatabase : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"shaoversight-forms-{Guid.NewGuid():N}.db");

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString();

    public static readonly ClaimsPrincipal LondonAnalyst = Principal("00000000-0000-0000-0000-00000000a0b2", "Test Analyst", Role.Analyst);
    public static readonly ClaimsPrincipal Administrator = Principal("00000000-0000-0000-0000-00000000ad01", "Test Administrator", Role.Admin);

    /// <summary>Adds the data layer, the mediator pipeline and a switchable signed-in user to a component test's services.</summary>
    public void AddTo(IServiceCollection services) => AddTo(services, ConnectionString);

    /// <summary>The same, over another test's database.</summary>
    public static void AddTo(IServiceCollection services, string connectionString)
    {
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddShaOversightData(new DatabaseSettings(DatabaseProvider.Sqlite, connectionString));
        services.AddShaOversightMediator();
        services.AddSingleton<SwitchableUser>();
        services.AddSingleton<ICurrentUser>(provider => provider.GetRequiredService<SwitchableUser>());
    }

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        AddTo(services);
        await using var provider = services.BuildServiceProvider();
        var initialiser = provider.GetRequiredService<DatabaseInitialiser>();
        await initialiser.MigrateAsync(CancellationToken.None);
        await initialiser.SeedIfEmptyAsync(scale: 1, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(_file + suffix)) File.Delete(_file + suffix);
        }
        return Task.CompletedTask;
    }

    public static ClaimsPrincipal Principal(string objectId, string name, Role role) => new(new ClaimsIdentity(
        [new(UserAccessResolver.ObjectIdClaim, objectId), new("name", name), new(UserAccessResolver.RolesClaim, RoleNames.ValueOf(role))],
        "Test", "name", UserAccessResolver.RolesClaim));
}

/// <summary>The signed-in user, who a test can change between actions to play a second person.</summary>
public sealed class SwitchableUser(UserAccessResolver resolver) : ICurrentUser
{
    public ClaimsPrincipal Principal { get; set; } = CoreDatabase.LondonAnalyst;

    public async ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) =>
        await resolver.ResolveAsync(Principal, cancellationToken);
}
