using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Efficiency;

/// <summary>
/// A region lens must cost what the region's own rows cost, not what England's do: every
/// statement its handlers send is run again under SQLite's EXPLAIN QUERY PLAN, and every step
/// must seek by an index: no table is read in full, and no subquery runs for each of England's rows.
/// </summary>
public sealed class RegionScopingPlanTests
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task Region_lenses_seek_the_regions_rows_by_index_and_run_no_subquery_per_row()
    {
        using var database = new TestDatabase();
        await using var provider = await SeededServices.StartAsync(database, scale: 1, SliceFixture.National);
        await using var scope = provider.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        using var log = SqlStatementLog.Start(database.FilePath);
        await sender.Send(new GetRegionSavings("Q36", YearEnd, Month: new DateOnly(2009, 6, 1)));
        await sender.Send(new GetRegionSpcMatrix("Q36", YearEnd));
        await sender.Send(new GetRegionUptake("Q36", YearEnd));

        var offending = await ScansAsync(provider, log, []);

        Assert.True(log.Commands.Count > 5);
        Assert.Empty(offending);
    }

    /// <summary>Every step of the logged statements' plans that reads a table in full, other than the tables allowed.</summary>
    private static async Task<List<string>> ScansAsync(ServiceProvider provider, SqlStatementLog log, string[] allowed)
    {
        // EF Core's own connection, which carries the functions it registers (ef_sum for decimals).
        await using var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var offending = new List<string>();
        foreach (var command in log.Commands)
        {
            var steps = await PlanAsync(connection, command);
            offending.AddRange(steps.Where(step => IsWholeTableScan(step) && !allowed.Any(table => Reads(command.Text, step, table)))
                .Select(step => $"{step}\n   in: {command.Text}"));
        }
        return offending;
    }

    [Fact]
    public async Task A_pcts_page_once_englands_figures_are_kept_seeks_only_the_pcts_own_rows()
    {
        using var database = new TestDatabase();
        await using var provider = await SeededServices.StartAsync(database, scale: 1, SliceFixture.National);
        await using var scope = provider.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var year = new FinancialYear(2009);
        GetPctDashboard[] pages = [new("5AT", year, YearEnd), new("5AT", year, YearEnd, Month: new DateOnly(2009, 6, 1)), new("5AT", year.Previous, YearEnd.AddYears(-1))];
        // National and regional aggregates are read once per change; what is left is read on every view.
        foreach (var page in pages) await sender.Send(page);

        var offending = new List<string>();
        using (var log = SqlStatementLog.Start(database.FilePath))
        {
            foreach (var page in pages) await sender.Send(page);
            offending.AddRange(await ScansAsync(provider, log, ReferenceTables));
            Assert.True(log.Commands.Count > 5);
        }
        Assert.Empty(offending);
    }

    /// <summary>Lists of a fixed size, the same at every scale: reading them whole costs the same at 100× England.</summary>
    private static readonly string[] ReferenceTables = ["AssessmentYears", "Competencies"];

    /// <summary>Whether a SCAN step reads <paramref name="table"/>: plans name a table by its alias in the statement.</summary>
    private static bool Reads(string statement, string step, string table)
    {
        var scanned = step.Split(' ')[1];
        return scanned == table || statement.Contains($"\"{table}\" AS \"{scanned}\"", StringComparison.Ordinal);
    }

    // SQLite reads a table in full only where a plan says SCAN. A correlated subquery is allowed
    // when it seeks by index: it then runs once per row of the region, which is the region's cost.
    private static bool IsWholeTableScan(string step) => step.StartsWith("SCAN ", StringComparison.Ordinal);

    private static async Task<List<string>> PlanAsync(SqliteConnection connection, LoggedCommand logged)
    {
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + logged.Text;
        foreach (var (name, value) in logged.Parameters) explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) steps.Add(reader.GetString(3));
        return steps;
    }
}
