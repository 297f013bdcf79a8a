using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Audit;
using ReturnStatements = ShaOversight.Core.Features.Imports.Kinds.MonthlyReturnsImport.Statements;

namespace ShaOversight.Tests.Data;

/// <summary>Every SQL Server statement the app sends, checked by Microsoft's T-SQL parser (<see cref="TSqlSyntax"/>).</summary>
public sealed class SqlServerSyntaxTests
{
    [Fact]
    public void The_parser_rejects_a_statement_sql_server_would_reject()
    {
        // Proves the check can fail: SQLite's UPDATE … FROM with the join in WHERE is not T-SQL's form.
        Assert.NotEmpty(TSqlSyntax.Errors("UPDATE \"T\" AS r SET \"A\" = j.\"A\" FROM (SELECT 1 AS \"A\") AS j WHERE r.\"Id\" = 1", "sqlite form"));
        Assert.NotEmpty(TSqlSyntax.Errors("EXEC(N'CREATE TRIGGER t ON x AFTER UPDAT AS BEGIN END')", "dynamic"));
    }

    [Fact]
    public void Every_statement_of_the_generated_migration_script_parses()
    {
        var script = MigrationScript.Generate(DatabaseProvider.SqlServer);

        Assert.Empty(TSqlSyntax.Errors(script, "migration script"));
        // The append-only triggers live in EXEC strings: make sure they were reached.
        Assert.Contains(TSqlSyntax.DynamicStatements(script), s => s.Contains("CREATE TRIGGER", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_audit_logs_hand_written_date_range_parses_as_ef_sends_it()
    {
        using var db = SqlServerAppDbContext.Create("Server=(none);Database=ShaOversight");
        var query = GetAuditEntriesHandler.Between(db, db.AuditEntries, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        var sql = QueryText(query.Select(e => e.Id).ToQueryString());
        Assert.Contains("\"At\" >= @p", sql);
        Assert.Empty(TSqlSyntax.Errors(sql, "audit date range"));
    }

    [Fact]
    public void The_monthly_return_imports_set_based_statements_parse_in_their_sql_server_form()
    {
        using var db = SqlServerAppDbContext.Create("Server=(none);Database=ShaOversight");
        var table = "MonthlyReturns";

        var sql = new Dictionary<string, string>
        {
            ["held"] = ReturnStatements.Held(new JsonRows(db.Database, ReturnStatements.WantedColumns), table),
            ["insert"] = ReturnStatements.Insert(new JsonRows(db.Database, ReturnStatements.InsertColumns), table),
            ["update"] = ReturnStatements.Update(new JsonRows(db.Database, ReturnStatements.UpdateColumns), table),
        };

        foreach (var (name, text) in sql)
        {
            Assert.Contains("OPENJSON(@rows)", text);
            Assert.Empty(TSqlSyntax.Errors(text, name));
        }
    }

    [Fact]
    public void The_change_feeds_append_and_reads_parse_in_their_sql_server_form()
    {
        using var db = SqlServerAppDbContext.Create("Server=(none);Database=ShaOversight");
        // EF turns the {n} placeholders into parameters named @p0, @p1…, as sent.
        var insert = string.Format(System.Globalization.CultureInfo.InvariantCulture, ChangeFeed.InsertSql,
            Enumerable.Range(0, 6).Select(n => (object)$"@p{n}").ToArray());

        var sql = new Dictionary<string, string>
        {
            ["bump"] = ChangeFeed.BumpHeadSql,
            ["insert"] = insert,
            ["head"] = QueryText(ChangeFeed.Head(db).ToQueryString()),
            ["after"] = QueryText(ChangeFeed.After(db, 41).ToQueryString()),
        };

        Assert.Contains("UPDATE ChangeFeedHead SET Position = Position + 1", ChangeFeed.BumpHeadSql);
        foreach (var (name, text) in sql)
            Assert.Empty(TSqlSyntax.Errors(text, name));
    }

    /// <summary>
    /// ToQueryString puts DECLAREs first, with values EF would send as parameters, and in
    /// split-query mode adds a note after the query: keep only the query.
    /// </summary>
    private static string QueryText(string sql) => string.Join('\n', sql.Split('\n')
        .SkipWhile(line => line.StartsWith("DECLARE ", StringComparison.Ordinal) || line.Trim().Length == 0)
        .TakeWhile(line => !line.StartsWith("This LINQ query", StringComparison.Ordinal)));
}
