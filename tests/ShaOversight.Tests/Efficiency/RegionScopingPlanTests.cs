using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
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

        // EF Core's own connection, which carries the functions it registers (ef_sum for decimals).
        await using var db = await provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var offending = new List<string>();
        foreach (var command in log.Commands)
        {
            var steps = await PlanAsync(connection, command);
            offending.AddRange(steps.Where(IsWholeTableScan).Select(step => $"{step}\n   in: {command.Text}"));
        }

        Assert.True(log.Commands.Count > 5);
        Assert.Empty(offending);
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
