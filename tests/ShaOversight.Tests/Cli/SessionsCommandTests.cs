using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Cli.Shao;

namespace ShaOversight.Tests.Cli;

/// <summary>`shao sessions end`: how a removed Entra role reaches a user's open pages before their next sign-in.</summary>
public sealed class SessionsCommandTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        var (exitCode, _, error) = await RunAsync("migrate", "--database", _database.FilePath);
        Assert.True(exitCode == 0, error);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ending_a_users_sessions_ends_only_their_live_ones_and_is_audited_with_the_operator()
    {
        var started = DateTimeOffset.UtcNow.AddHours(-1);
        await using (var db = SqliteAppDbContext.Create(_database.ConnectionString))
        {
            db.UserSessions.AddRange(
                new UserSession { Id = "a1", ObjectId = "analyst", StartedAt = started },
                new UserSession { Id = "a2", ObjectId = "analyst", StartedAt = started },
                new UserSession { Id = "a0", ObjectId = "analyst", StartedAt = started, EndedAt = started.AddMinutes(5) },
                new UserSession { Id = "b1", ObjectId = "board-member", StartedAt = started });
            await db.SaveChangesAsync();
        }

        var (exitCode, output, error) = await RunAsync("sessions", "end", "--user", "analyst", "--operator", "service-desk", "--database", _database.FilePath);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Ended 2 live session(s) of analyst", output);
        await using var check = SqliteAppDbContext.Create(_database.ConnectionString);
        var live = await check.UserSessions.Where(s => s.EndedAt == null).Select(s => s.Id).ToListAsync();
        Assert.Equal(["b1"], live);
        Assert.Equal(started.AddMinutes(5), (await check.UserSessions.SingleAsync(s => s.Id == "a0")).EndedAt);
        var entry = await check.AuditEntries.SingleAsync(e => e.Action == AuditLog.SessionsEnded);
        Assert.Equal(("user analyst", "2 live session(s) ended", "service-desk (shao operator)"), (entry.Target, entry.Details, entry.UserName));
    }

    [Fact]
    public async Task A_missing_user_option_is_one_plain_error_and_a_non_zero_exit()
    {
        var (exitCode, _, error) = await RunAsync("sessions", "end", "--database", _database.FilePath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--user", error);
    }
}
