using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ShaOversight.EndToEnd.Tests.Infrastructure;

/// <summary>Records the text of each SQL command the app sends.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public void Clear() => _commands.Clear();

    public int CountMentioning(string table) => _commands.Count(c => c.Contains($"\"{table}\"", StringComparison.Ordinal));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
