using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;

namespace ShaOversight.Web.Tests.Infrastructure;

/// <summary>
/// Two instances of the real app over one SQLite file, as two servers behind a load balancer
/// share one database. Each reads the change feed every fifth of a second, so a test waits
/// briefly for what production hears within the configured interval.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), $"shaoversight-two-{Guid.NewGuid():N}.db");
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString();
    public AppFactory A { get; private set; } = null!;
    public AppFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // One after the other: the first migrates and seeds, the second finds it done.
        A = Instance();
        await A.Services.GetRequiredService<ChangeFeedListener>().Listening.WaitAsync(Patience);
        B = Instance();
        await B.Services.GetRequiredService<ChangeFeedListener>().Listening.WaitAsync(Patience);
    }

    private AppFactory Instance() => new AppFactory()
        .With("ConnectionStrings:ShaOversight", ConnectionString)
        .With("ChangeFeed:PollSeconds", "0.2");

    /// <summary>The next change an instance's pages hear of that matches, however it reached them.</summary>
    public static Task<DataChange> NextChangeAsync(AppFactory instance, Func<DataChange, bool> matches)
    {
        var changes = instance.Services.GetRequiredService<DataChanges>();
        var heard = new TaskCompletionSource<DataChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Listen(DataChange change)
        {
            if (!matches(change)) return;
            changes.Committed -= Listen;
            heard.TrySetResult(change);
        }
        changes.Committed += Listen;
        return heard.Task.WaitAsync(Patience);
    }

    /// <summary>Sends a message on an instance as a signed-in user, the way that user's circuit does.</summary>
    public static async Task<T> SendAsync<T>(AppFactory instance, ClaimsPrincipal user, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        var authentication = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return await send(scope.ServiceProvider.GetRequiredService<ISender>());
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(DatabaseFile + suffix)) File.Delete(DatabaseFile + suffix);
        }
    }
}
