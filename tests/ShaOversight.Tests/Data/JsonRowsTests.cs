using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;

namespace ShaOversight.Tests.Data;

public sealed class JsonRowsTests
{
    private static readonly JsonColumn[] Columns = [new("Id", "int"), new("Month", "date"), new("Amount", "decimal(18,2)")];

    [Fact]
    public async Task Rows_sent_as_json_are_stored_exactly_as_bound_parameters_are_on_sqlite()
    {
        // A loaded return must compare equal, as text, with one saved through a form, which
        // binds its values as parameters: SQLite keeps EF Core's decimals and dates as TEXT.
        await using var db = SqliteAppDbContext.Create("Data Source=:memory:");
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Figures (Source TEXT, Id INTEGER, Month TEXT, Amount TEXT)");
        var values = new (int Id, DateOnly Month, decimal? Amount)[]
        {
            (1, new DateOnly(2008, 6, 1), 13250.50m),
            (2, new DateOnly(2010, 12, 1), 81616m),
            (3, new DateOnly(2009, 1, 1), 0.01m),
            (4, new DateOnly(2009, 2, 1), null),
            (5, new DateOnly(2009, 3, 1), 12345678901234.99m),
        };

        var rows = new JsonRows(db.Database, Columns);
        foreach (var (id, month, amount) in values)
            rows.Row().Add(id).Add(month).Add(amount);
        await using (var insert = rows.Command(db.Database,
            $"INSERT INTO Figures SELECT 'json', j.\"Id\", j.\"Month\", j.\"Amount\" FROM {rows.Source("j")}"))
            Assert.Equal(values.Length, await insert.ExecuteNonQueryAsync());
        foreach (var (id, month, amount) in values)
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO Figures VALUES ('parameter', {id}, {month}, {amount})");

        var stored = await ReadAsync(db, "SELECT Source, Id, Month, typeof(Amount), Amount FROM Figures ORDER BY Id, Source");
        var byJson = stored.Where(r => r[0] == "json").Select(r => string.Join("|", r.Skip(1))).ToList();
        var byParameter = stored.Where(r => r[0] == "parameter").Select(r => string.Join("|", r.Skip(1))).ToList();
        Assert.Equal(values.Length, byJson.Count);
        Assert.Equal(byParameter, byJson);
        Assert.Equal("1|2008-06-01|text|13250.5", byJson[0]);
        Assert.Equal("4|2009-02-01|null|", byJson[3]);
    }

    [Fact]
    public async Task An_update_joins_to_the_rows_and_touches_only_those_named()
    {
        await using var db = SqliteAppDbContext.Create("Data Source=:memory:");
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE Figures (Id INTEGER PRIMARY KEY, Month TEXT, Amount TEXT, Version INTEGER);
            INSERT INTO Figures VALUES (1, '2008-06-01', '10.0', 0), (2, '2008-07-01', '20.0', 0), (3, '2008-08-01', '30.0', 0);
            """);
        var rows = new JsonRows(db.Database, Columns);
        rows.Row().Add(1).Add(new DateOnly(2008, 6, 1)).Add(11.5m);
        rows.Row().Add(3).Add(new DateOnly(2008, 8, 1)).Add(null);

        await using (var update = rows.Command(db.Database, rows.UpdateFrom("Figures", "f", "j",
            "\"Amount\" = j.\"Amount\", \"Version\" = f.\"Version\" + 1", "f.\"Id\" = j.\"Id\"")))
            Assert.Equal(2, await update.ExecuteNonQueryAsync());

        var stored = await ReadAsync(db, "SELECT Id, Amount, Version FROM Figures ORDER BY Id");
        Assert.Equal(["1|11.5|1", "2|20.0|0", "3||1"], stored.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void On_sql_server_the_rows_are_read_with_openjson_and_typed_columns()
    {
        using var db = SqlServerAppDbContext.Create("Server=(none);Database=ShaOversight");
        var rows = new JsonRows(db.Database, Columns);

        Assert.Equal("OPENJSON(@rows) WITH (\"Id\" int '$[0]', \"Month\" date '$[1]', \"Amount\" decimal(18,2) '$[2]') AS j", rows.Source("j"));
        Assert.StartsWith("UPDATE f SET \"Amount\" = j.\"Amount\" FROM \"Figures\" AS f INNER JOIN OPENJSON(@rows)",
            rows.UpdateFrom("Figures", "f", "j", "\"Amount\" = j.\"Amount\"", "f.\"Id\" = j.\"Id\""));
    }

    [Fact]
    public void A_row_with_too_few_or_too_many_values_is_a_programming_error_caught_at_once()
    {
        using var db = SqliteAppDbContext.Create("Data Source=:memory:");
        var rows = new JsonRows(db.Database, Columns);

        Assert.Throws<InvalidOperationException>(() => rows.Add(1));
        rows.Row().Add(1).Add(new DateOnly(2008, 6, 1));
        Assert.Throws<InvalidOperationException>(() => rows.Row());
        var full = new JsonRows(db.Database, Columns).Row().Add(1).Add(new DateOnly(2008, 6, 1)).Add(1m);
        Assert.Throws<InvalidOperationException>(() => full.Add(2));
    }

    private static async Task<List<string[]>> ReadAsync(DbContext db, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }
}
