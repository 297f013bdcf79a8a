using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ShaOversight.Core.Data;

/// <summary>A column of a <see cref="JsonRows"/> set: its name, and its type for SQL Server's OPENJSON.</summary>
public sealed record JsonColumn(string Name, string SqlServerType);

/// <summary>
/// Many rows sent to the database as one JSON parameter and read there as a table:
/// <c>json_each</c> on SQLite, <c>OPENJSON</c> on SQL Server, the same way EF Core sends a list
/// for <c>Contains</c>. A statement that joins to it does in one round trip what would otherwise
/// be a prepared statement per row, so a file of a hundred thousand rows is written set-wise,
/// as the database's own bulk tools would.
/// </summary>
public sealed class JsonRows
{
    private const string ParameterName = "@rows";
    private readonly IReadOnlyList<JsonColumn> _columns;
    private readonly bool _sqlServer;
    private readonly MemoryStream _json = new();
    private readonly Utf8JsonWriter _writer;
    private int _valuesInRow = -1;
    private string? _finished;

    public JsonRows(DatabaseFacade database, params JsonColumn[] columns)
    {
        _sqlServer = database.IsSqlServer();
        _columns = columns;
        _writer = new Utf8JsonWriter(_json);
        _writer.WriteStartArray();
    }

    public int Count { get; private set; }

    public JsonRows Row()
    {
        if (_finished is not null) throw new InvalidOperationException("The rows have been sent; add no more.");
        EndRow();
        _writer.WriteStartArray();
        _valuesInRow = 0;
        Count++;
        return this;
    }

    public JsonRows Add(int value)
    {
        NextValue();
        _writer.WriteNumberValue(value);
        return this;
    }

    /// <summary>Written as the text EF Core stores for a date on SQLite, which SQL Server also reads as a date.</summary>
    public JsonRows Add(DateOnly value)
    {
        NextValue();
        Span<char> text = stackalloc char[10];
        value.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.WriteStringValue(text[..length]);
        return this;
    }

    /// <summary>
    /// Written as the text EF Core stores for a decimal on SQLite (its column is TEXT there), so
    /// a loaded figure compares equal with one saved through a form.
    /// </summary>
    public JsonRows Add(decimal? value)
    {
        NextValue();
        if (value is not { } amount)
        {
            _writer.WriteNullValue();
            return this;
        }
        // Room for a decimal's 29 digits, its sign, its point and the format's leading zero.
        Span<char> text = stackalloc char[64];
        amount.TryFormat(text, out var length, SqliteDecimalFormat, CultureInfo.InvariantCulture);
        _writer.WriteStringValue(text[..length]);
        return this;
    }

    /// <summary>The format Microsoft.Data.Sqlite binds a decimal parameter with.</summary>
    public const string SqliteDecimalFormat = "0.0###########################";

    /// <summary>The rows as a table source for a FROM or JOIN clause, with the given alias.</summary>
    public string Source(string alias)
    {
        if (_sqlServer)
        {
            var with = string.Join(", ", _columns.Select((c, i) => $"\"{c.Name}\" {c.SqlServerType} '$[{i}]'"));
            return $"OPENJSON({ParameterName}) WITH ({with}) AS {alias}";
        }
        var values = string.Join(", ", _columns.Select((c, i) => $"json_extract(value, '$[{i}]') AS \"{c.Name}\""));
        return $"(SELECT {values} FROM json_each({ParameterName})) AS {alias}";
    }

    /// <summary>
    /// An UPDATE of <paramref name="table"/> (aliased <paramref name="target"/>) from these rows
    /// (aliased <paramref name="alias"/>): the two dialects put the join in different places.
    /// </summary>
    public string UpdateFrom(string table, string target, string alias, string assignments, string joinCondition) =>
        _sqlServer
            ? $"UPDATE {target} SET {assignments} FROM \"{table}\" AS {target} INNER JOIN {Source(alias)} ON {joinCondition}"
            : $"UPDATE \"{table}\" AS {target} SET {assignments} FROM {Source(alias)} WHERE {joinCondition}";

    /// <summary>A command on the context's connection and current transaction, carrying the rows.</summary>
    public DbCommand Command(DatabaseFacade database, string sql)
    {
        var command = database.GetDbConnection().CreateCommand();
        command.Transaction = database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = ParameterName;
        parameter.Value = Json();
        command.Parameters.Add(parameter);
        return command;
    }

    private string Json()
    {
        if (_finished is not null) return _finished;
        EndRow();
        _writer.WriteEndArray();
        _writer.Flush();
        return _finished = Encoding.UTF8.GetString(_json.GetBuffer(), 0, (int)_json.Length);
    }

    private void NextValue()
    {
        if (_finished is not null) throw new InvalidOperationException("The rows have been sent; add no more.");
        if (_valuesInRow < 0 || _valuesInRow >= _columns.Count)
            throw new InvalidOperationException($"A row has {_columns.Count} values; start each with Row().");
        _valuesInRow++;
    }

    private void EndRow()
    {
        if (_valuesInRow < 0) return;
        if (_valuesInRow != _columns.Count)
            throw new InvalidOperationException($"A row has {_columns.Count} values, not {_valuesInRow}.");
        _writer.WriteEndArray();
        _valuesInRow = -1;
    }
}
