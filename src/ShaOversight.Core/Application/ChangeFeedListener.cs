using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Application;

/// <summary>How often an instance reads the change feed, from <c>ChangeFeed:PollSeconds</c>.</summary>
public sealed record ChangeFeedSettings(TimeSpan PollInterval)
{
    public const double DefaultPollSeconds = 2;

    public static ChangeFeedSettings From(IConfiguration configuration)
    {
        var seconds = SettingsException.Read(configuration, "ChangeFeed:PollSeconds", DefaultPollSeconds, "a number of seconds");
        if (seconds is <= 0 or > 60)
            throw new SettingsException("ChangeFeed:PollSeconds must be more than 0 and at most 60 seconds; pages on other servers wait this long to hear of a change.");
        return new ChangeFeedSettings(TimeSpan.FromSeconds(seconds));
    }
}

/// <summary>
/// One per instance: reads the change feed every poll interval and publishes each entry not
/// already published here (another instance's, <c>shao</c>'s, or one of this instance's own
/// whose commit it never heard of) to this instance's <see cref="DataChanges"/>, so open pages,
/// forms and the national-figures cache hear of every committed write wherever it was made.
/// </summary>
public sealed partial class ChangeFeedListener(
    IDbContextFactory<AppDbContext> contextFactory, DataChanges changes, ChangeFeedSettings settings, TimeProvider clock, ILogger<ChangeFeedListener> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _position = -1;
    private bool _failing;

    /// <summary>Completes once the listener knows where it starts: every change committed after that reaches this instance.</summary>
    public Task Listening => _listening.Task;

    /// <summary>
    /// The last position published (or, before any, where listening began); null until the
    /// database has first answered. Kept across failed polls, so an outage resumes where it left off.
    /// </summary>
    public long? Position => Interlocked.Read(ref _position) is var position and >= 0 ? position : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        do await PollAsync(stoppingToken);
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// One look at the feed. The first successful one notes the head and tells
    /// <see cref="DataChanges.ListeningFrom"/>: pages may already have been served, and figures
    /// kept, from data read before it, missing a write committed elsewhere in that gap, which the
    /// feed will never publish. Each later one publishes every entry after the last position, in
    /// order, and moves past it.
    /// </summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (Position is not { } seen)
            {
                var head = await ChangeFeed.HeadAsync(db, cancellationToken);
                Interlocked.Exchange(ref _position, head);
                changes.StartListening(head);
                _listening.TrySetResult();
            }
            else
            {
                List<Domain.ChangeFeedEntry> entries;
                do
                {
                    entries = await ChangeFeed.AfterAsync(db, seen, cancellationToken);
                    foreach (var entry in entries)
                    {
                        seen = entry.Position;
                        Interlocked.Exchange(ref _position, seen);
                        // Skip only what was published here when it committed, not everything with this
                        // instance's Origin: a commit whose acknowledgement was lost was never published.
                        if (!changes.WasPublishedHere(entry.Position)) changes.Publish(ChangeFeed.ToChange(entry));
                    }
                } while (entries.Count == ChangeFeed.BatchSize);
                // A write published here just after this poll read its entry would otherwise be remembered forever.
                changes.PassedPosition(seen);
            }
            if (_failing) LogRecovered(Position);
            _failing = false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Once per outage, not every few seconds; the next poll picks up where this one stopped.
            if (!_failing) LogFailed(ex, Position);
            _failing = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change feed could not be read; retrying every poll from position {Position}. Other servers' changes reach this one's pages when it recovers.")]
    private partial void LogFailed(Exception exception, long? position);

    [LoggerMessage(Level = LogLevel.Information, Message = "The change feed is readable again, at position {Position}.")]
    private partial void LogRecovered(long? position);
}

public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>The listener, for a host that serves pages; <c>shao</c> only writes to the feed.</summary>
    public static IServiceCollection AddChangeFeedListener(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ChangeFeedSettings.From(configuration));
        services.AddSingleton<ChangeFeedListener>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeedListener>());
        return services;
    }
}
