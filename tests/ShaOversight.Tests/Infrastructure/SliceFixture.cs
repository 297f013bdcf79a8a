using System.Security.Claims;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Security;

namespace ShaOversight.Tests.Infrastructure;

/// <summary>
/// The real pipeline (mediator, behaviours, handlers) over a real SQLite file with the real
/// migrations and seed. Messages are sent as a principal, resolved exactly as in the web app.
/// </summary>
public class SliceFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private ServiceProvider _services = null!;

    public static readonly ClaimsPrincipal National = Principal("00000000-0000-0000-0000-00000000d0e1", Role.National);
    public static readonly ClaimsPrincipal LondonBoard = Principal("00000000-0000-0000-0000-00000000a0b1", Role.BoardMember);
    public static readonly ClaimsPrincipal LondonAnalyst = Principal("00000000-0000-0000-0000-00000000a0b2", Role.Analyst);
    public static readonly ClaimsPrincipal HillingdonChiefExecutive = Principal("00000000-0000-0000-0000-00000000c0e1", Role.Pct);
    public static readonly ClaimsPrincipal Administrator = Principal("00000000-0000-0000-0000-00000000ad01", Role.Admin);
    public static readonly ClaimsPrincipal NoRole = Principal("00000000-0000-0000-0000-000000000000", null);
    public static readonly ClaimsPrincipal UnscopedBoardMember = Principal("11111111-0000-0000-0000-000000000000", Role.BoardMember);

    /// <summary>A test user by the demo sign-in's name for the role, so theories read plainly; an unknown name fails loudly.</summary>
    public static ClaimsPrincipal ByName(string who) => who switch
    {
        "national" => National,
        "sha" => LondonBoard,
        "analyst" => LondonAnalyst,
        "pct" => HillingdonChiefExecutive,
        "admin" => Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "not a demo user name"),
    };

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddShaOversightData(new DatabaseSettings(DatabaseProvider.Sqlite, _database.ConnectionString));
        services.AddShaOversightMediator();
        services.AddScoped<PrincipalCurrentUser>();
        services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<PrincipalCurrentUser>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var initialiser = _services.GetRequiredService<DatabaseInitialiser>();
        await initialiser.MigrateAsync(CancellationToken.None);
        await initialiser.SeedIfEmptyAsync(scale: 1, CancellationToken.None);
    }

    public T GetService<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    public async Task<TResponse> SendAs<TResponse>(ClaimsPrincipal principal, IQuery<TResponse> query)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<PrincipalCurrentUser>().Principal = principal;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    public async Task<TResponse> SendAs<TResponse>(ClaimsPrincipal principal, ICommand<TResponse> command)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<PrincipalCurrentUser>().Principal = principal;
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    /// <summary>
    /// One scope for many messages, as a Blazor circuit is: what a user may do must be decided
    /// afresh for each message, not once for the scope's life.
    /// </summary>
    public Circuit OpenCircuitAs(ClaimsPrincipal principal)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<PrincipalCurrentUser>().Principal = principal;
        return new Circuit(scope);
    }

    public sealed class Circuit(AsyncServiceScope scope) : IAsyncDisposable
    {
        public async Task<TResponse> Send<TResponse>(IQuery<TResponse> query) => await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);

        public async Task<TResponse> Send<TResponse>(ICommand<TResponse> command) => await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }

    /// <summary>The app-wide notice board that open pages listen to.</summary>
    public DataChanges DataChanges => _services.GetRequiredService<DataChanges>();

    public Task<UserAccess> ResolveAsync(ClaimsPrincipal principal) =>
        _services.GetRequiredService<UserAccessResolver>().ResolveAsync(principal, CancellationToken.None);

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static ClaimsPrincipal Principal(string objectId, Role? role)
    {
        List<Claim> claims = [new(UserAccessResolver.ObjectIdClaim, objectId), new("name", $"Test {role}")];
        if (role is not null) claims.Add(new Claim(UserAccessResolver.RolesClaim, RoleNames.ValueOf(role.Value)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", "name", UserAccessResolver.RolesClaim));
    }

    /// <summary>The web app's rule, minus Blazor: resolve this principal through the real resolver.</summary>
    private sealed class PrincipalCurrentUser(UserAccessResolver resolver) : ICurrentUser
    {
        public ClaimsPrincipal Principal { get; set; } = new();

        public async ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) =>
            await resolver.ResolveAsync(Principal, cancellationToken);
    }
}

/// <summary>
/// A database of its own for tests that change data, so the read tests' figures stay as seeded
/// whatever order the two collections run in.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EditableDatabase : ICollectionFixture<SliceFixture>
{
    public const string Name = "Editable database";
}

[CollectionDefinition(Name)]
public sealed class SeededDatabase : ICollectionFixture<SliceFixture>
{
    public const string Name = "Seeded database";
}
