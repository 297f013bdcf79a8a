using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Data.Seeding;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Data;

public sealed class SeedFileTests : IDisposable
{
    private readonly string _seedCopy = Path.Combine(Path.GetTempPath(), $"shaoversight-seed-{Guid.NewGuid():N}");
    private readonly TestDatabase _database = new();

    public SeedFileTests()
    {
        Directory.CreateDirectory(_seedCopy);
        foreach (var file in Directory.GetFiles(SeedData.DefaultDirectory)) File.Copy(file, Path.Combine(_seedCopy, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        Directory.Delete(_seedCopy, recursive: true);
        _database.Dispose();
    }

    [Theory]
    [InlineData("competencies.csv", 4, "4,Collaborate with clinicians,extra", "competencies.csv line 4: 3 values where the header has 2.")]
    [InlineData("assessment-years.csv", 3, "2009/11,2,", "assessment-years.csv line 3, column 'year': '2009/11' is not a financial year")]
    [InlineData("contracts.csv", 2, null, "contracts.csv line 2, column 'term_months'")]
    [InlineData("stage-changes.csv", 3, "5AT,PreferredBidderNamed,14/09/2007,note,source", "stage-changes.csv line 3, column 'changed_on': '14/09/2007' is not a date in the form 2007-09-14.")]
    [InlineData("pilots.csv", 5, "XXX,Nowhere PCT,aim,source", "pilots.csv line 5, column 'organisation_code': 'XXX' is not an organisation code")]
    [InlineData("organisations.csv", 1, "code,name,kind,parent", "organisations.csv line 1: the header is")]
    public async Task A_malformed_seed_file_names_the_file_and_line_and_leaves_nothing_half_seeded(
        string file, int line, string? replacement, string expected)
    {
        var path = Path.Combine(_seedCopy, file);
        var lines = File.ReadAllLines(path);
        lines[line - 1] = replacement ?? lines[line - 1].Replace(",36,", ",many,");
        File.WriteAllLines(path, lines);

        var seed = new SeedData(_seedCopy);
        await using var db = await MigratedContextAsync();
        var error = await Assert.ThrowsAsync<SeedFileException>(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await seed.SeedAsync(db, 1, CancellationToken.None);
            await transaction.CommitAsync();
        });

        Assert.StartsWith(expected, error.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task Broken_quotes_are_reported_as_not_well_formed()
    {
        File.AppendAllText(Path.Combine(_seedCopy, "competencies.csv"), "12,\"Unclosed quote\n");

        await using var db = await MigratedContextAsync();
        var error = await Assert.ThrowsAsync<SeedFileException>(() => new SeedData(_seedCopy).SeedAsync(db, 1, CancellationToken.None));

        Assert.Contains("competencies.csv", error.Message);
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task Seeding_is_deterministic()
    {
        using var second = new TestDatabase();
        var first = await FingerprintAsync(_database.ConnectionString);
        var again = await FingerprintAsync(second.ConnectionString);

        Assert.Equal(first, again);
    }

    private static async Task<string> FingerprintAsync(string connectionString)
    {
        await using var db = Context(connectionString);
        await db.Database.MigrateAsync();
        await new SeedData(SeedData.DefaultDirectory).SeedAsync(db, 1, CancellationToken.None);
        var validated = (await db.MonthlyReturns.Select(r => r.Validated).ToListAsync()).Sum();
        var scores = await db.CompetencyScores.SumAsync(s => s.Score);
        var stages = await db.StageChanges.CountAsync();
        var contracts = string.Join(";", await db.Contracts.OrderBy(c => c.Reference).Select(c => c.Reference).ToListAsync());
        return $"{validated}|{scores}|{stages}|{contracts}";
    }

    private async Task<AppDbContext> MigratedContextAsync()
    {
        var db = Context(_database.ConnectionString);
        await db.Database.MigrateAsync();
        return db;
    }

    private static SqliteAppDbContext Context(string connectionString) => SqliteAppDbContext.Create(connectionString);
}
