using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ShaOversight.Tests.Infrastructure;

/// <summary>
/// Records the SQL that EF Core sends to one database while it is open, so a test can prove a
/// handler reads in a fixed number of statements rather than one per row. It listens to EF
/// Core's diagnostic events, which every context raises, so the handler under test is unchanged.
/// </summary>
public sealed class SqlStatementLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _dataSource;
    private readonly ConcurrentQueue<LoggedCommand> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];

    private SqlStatementLog(string dataSource) => _dataSource = dataSource;

    public IReadOnlyList<string> Statements => [.. _commands.Select(c => c.Text)];

    /// <summary>Each statement with its parameters' values, so a test can run it again (under EXPLAIN, say).</summary>
    public IReadOnlyList<LoggedCommand> Commands => [.. _commands];

    public static SqlStatementLog Start(string dataSource)
    {
        var log = new SqlStatementLog(dataSource);
        var subscription = DiagnosticListener.AllListeners.Subscribe(log);
        lock (log._subscriptions) log._subscriptions.Add(subscription);
        return log;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        var subscription = listener.Subscribe(this);
        lock (_subscriptions) _subscriptions.Add(subscription);
    }

    public void OnNext(KeyValuePair<string, object?> diagnostic)
    {
        if (diagnostic.Key == RelationalEventId.CommandExecuting.Name && diagnostic.Value is CommandEventData data
            && data.Command.Connection?.DataSource == _dataSource)
        {
            _commands.Enqueue(new LoggedCommand(data.Command.CommandText,
                [.. data.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value))]));
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions) subscription.Dispose();
        }
    }
}

public sealed record LoggedCommand(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
