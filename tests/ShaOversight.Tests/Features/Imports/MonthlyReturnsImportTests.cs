using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Audit;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Features.Imports.ImportFiles;

namespace ShaOversight.Tests.Features.Imports;

public sealed class MonthlyReturnsImportTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    // Hillingdon's BUPA contract runs December 2007 to November 2010; returns are seeded to March 2010.
    private const string Hillingdon = "FESC-5AT-001";

    [Fact]
    public async Task A_commit_adds_new_months_replaces_changed_ones_and_leaves_the_rest()
    {
        var june = await HeldAsync(new DateOnly(2008, 6, 1));
        var july = await HeldAsync(new DateOnly(2008, 7, 1));
        var file = Returns(
            $"{Hillingdon},04/2010,12500.00,11800.00",
            $"{Hillingdon},May 2010,\"£13,250.50\",",
            $"{Hillingdon},06/2008,{june.Claimed + 100:0.00},{june.Validated:0.00}",
            $"{Hillingdon},2008-07,{july.Claimed:0.00},{july.Validated:0.00}");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.MonthlyReturns, file));

        Assert.Empty(outcome.Problems);
        Assert.True(outcome.Committed);
        Assert.Equal((2, 1, 1), (outcome.Added, outcome.Changed, outcome.Unchanged));
        var april = await HeldAsync(new DateOnly(2010, 4, 1));
        Assert.Equal((12500.00m, 11800.00m), (april.Claimed, april.Validated));
        var may = await HeldAsync(new DateOnly(2010, 5, 1));
        Assert.Equal((13250.50m, (decimal?)null), (may.Claimed, may.Validated));
        var juneNow = await HeldAsync(new DateOnly(2008, 6, 1));
        Assert.Equal(june.Claimed + 100, juneNow.Claimed);
        Assert.Equal(june.Version + 1, juneNow.Version);

        var entry = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync(e => e.Action == AuditLog.Import));
        Assert.Equal(file.Hash, entry.FileHash);
        Assert.Equal("Test Analyst", entry.UserName);
        Assert.Equal("monthly-returns: returns.csv", entry.Target);
        Assert.Equal("added 2, changed 1, left alone 1", entry.Details);
        Assert.Contains($"claimed {june.Claimed:0.00}", entry.Changes);
        Assert.Contains($"claimed {june.Claimed + 100:0.00}", entry.Changes);

        // The audit page shows the load, with the start of its before-and-after values.
        var listed = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(null, null, null, AuditLog.Import, "returns.csv"));
        var row = Assert.Single(listed.Rows, r => r.Id == entry.Id);
        Assert.Equal(file.Hash, row.FileHash);
        Assert.Contains($"claimed {june.Claimed + 100:0.00}", row.ChangesStart);
    }

    [Fact]
    public async Task Loading_the_identical_file_again_changes_nothing_and_says_so()
    {
        var file = Returns($"{Hillingdon},06/2010,9000,8000");
        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.MonthlyReturns, file));
        var count = await fixture.ReturnCountAsync();

        var again = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));
        var second = await fixture.SendAs(SliceFixture.Administrator, new CommitImport(ImportKind.MonthlyReturns, file));

        Assert.Equal(1, first.Added);
        Assert.NotNull(again.IdenticalEarlierLoad);
        Assert.Contains("identical file was loaded by", again.IdenticalEarlierLoad!.Describe());
        Assert.Equal((0, 0, 1), (second.Added, second.Changed, second.Unchanged));
        Assert.Equal(count, await fixture.ReturnCountAsync());
    }

    [Fact]
    public async Task A_preview_lists_every_row_problem_by_row_and_column_and_writes_nothing()
    {
        var before = await fixture.ChecksumAsync();
        var file = Returns(
            "FESC-NOPE-001,06/2008,100,100",          // row 2: unknown contract
            "FESC-0036-0905,06/2009,100,100",         // row 3: North West, outside London's scope
            $"{Hillingdon},06/2006,100,100",          // row 4: before the term
            $"{Hillingdon},08/2010,-5,",              // row 5: negative
            $"{Hillingdon},09/2010,\"12,5\",",        // row 6: decimal comma
            $"{Hillingdon},10/08,100,",               // row 7: two-digit year
            $"{Hillingdon},11/2010,100.123,",         // row 8: fractions of a penny
            $"{Hillingdon},07/2010,100,",             // row 9: fine
            $"{Hillingdon},July 2010,200,");          // row 10: repeats row 9

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));

        Assert.False(outcome.Committed);
        var problems = outcome.Problems.Select(p => (p.Row, p.Column)).ToList();
        Assert.Equal(
            [(2, "Contract reference"), (3, "Contract reference"), (4, "Month"), (5, "Claimed (£)"), (6, "Claimed (£)"), (7, "Month"), (8, "Claimed (£)"), (10, null)],
            problems);
        Assert.Contains("not a known contract reference", outcome.Problems[0].Reason);
        Assert.Contains("not in your region", outcome.Problems[1].Reason);
        Assert.DoesNotContain("North West", outcome.Problems[1].Reason);
        Assert.Contains("outside the contract's term", outcome.Problems[2].Reason);
        Assert.Contains("cannot be negative", outcome.Problems[3].Reason);
        Assert.Contains("comma as the decimal point", outcome.Problems[4].Reason);
        Assert.Contains("two-digit year", outcome.Problems[5].Reason);
        Assert.Contains("two decimal places", outcome.Problems[6].Reason);
        Assert.Contains("repeats row 9", outcome.Problems[7].Reason);
        Assert.Equal(before, await fixture.ChecksumAsync());
    }

    [Fact]
    public async Task A_return_keeps_the_forms_limits_validated_within_claimed_and_under_the_monthly_ceiling()
    {
        var file = Returns($"{Hillingdon},01/2010,1000,1200", $"{Hillingdon},02/2010,\"£150,000,000\",");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, file));

        Assert.Equal([(2, "Validated (£)"), (3, "Claimed (£)")], outcome.Problems.Select(p => (p.Row!.Value, p.Column!)).ToList());
        Assert.Contains("cannot be more than the savings claimed", outcome.Problems[0].Reason);
        Assert.Contains("more than the largest allowed (£100,000,000)", outcome.Problems[1].Reason);
    }

    [Fact]
    public async Task A_commit_with_a_row_outside_scope_saves_nothing_and_is_audited()
    {
        var before = await fixture.ChecksumAsync();
        var refusals = await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied));
        var file = Returns($"{Hillingdon},12/2009,100,100", "FESC-0036-0905,06/2009,100,100");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.MonthlyReturns, file));

        Assert.False(outcome.Committed);
        Assert.Equal(1, outcome.TotalProblems);
        Assert.Equal(before, await fixture.ChecksumAsync());
        Assert.Equal(refusals + 1, await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied)));
    }

    [Theory]
    [InlineData("sha")]
    [InlineData("pct")]
    [InlineData("national")]
    public async Task Readers_may_not_import_at_all(string who)
    {
        var principal = SliceFixture.ByName(who);
        var before = await fixture.ChecksumAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            fixture.SendAs(principal, new CommitImport(ImportKind.MonthlyReturns, Returns($"{Hillingdon},12/2010,1,1"))));

        Assert.Equal(before, await fixture.ChecksumAsync());
    }

    [Fact]
    public async Task A_large_import_that_fails_at_its_last_write_leaves_nothing_written()
    {
        // Every month of every contract in England: over a thousand rows, new months and
        // changed ones, so both the insert and the update have run when the failure comes.
        var contracts = await fixture.QueryAsync(db => db.Contracts
            .Select(c => new { c.Reference, c.StartsOn, c.EndsOn }).ToListAsync());
        var rows = contracts.SelectMany(c => Enumerable.Range(0, (c.EndsOn.Year - c.StartsOn.Year) * 12 + c.EndsOn.Month - c.StartsOn.Month + 1)
            .Select(i => $"{c.Reference},{c.StartsOn.AddMonths(i):MM/yyyy},{1000 + i}.00,")).ToArray();
        Assert.True(rows.Length > 1200, $"only {rows.Length} rows; the import must be a large one");
        var before = await fixture.ChecksumAsync();
        var count = await fixture.ReturnCountAsync();

        // The database itself fails the import's last write, its audit entry, after every new
        // and changed return has been written, as a full disk or a lost connection would.
        await fixture.ExecuteAsync("""
            CREATE TRIGGER InjectFailure BEFORE INSERT ON AuditEntries
            WHEN NEW.Action = 'Import'
            BEGIN SELECT RAISE(ABORT, 'Injected failure at the end of the import'); END
            """);
        try
        {
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() =>
                fixture.SendAs(SliceFixture.Administrator, new CommitImport(ImportKind.MonthlyReturns, Returns(rows))));
            Assert.Contains("Injected failure", Assert.IsType<SqliteException>(failure.InnerException).Message);
        }
        finally
        {
            await fixture.ExecuteAsync("DROP TRIGGER InjectFailure");
        }

        Assert.Equal(count, await fixture.ReturnCountAsync());
        Assert.Equal(before, await fixture.ChecksumAsync());
    }

    private Task<(decimal Claimed, decimal? Validated, int Version)> HeldAsync(DateOnly month) =>
        fixture.QueryAsync(db => db.MonthlyReturns
            .Where(r => r.Contract.Reference == Hillingdon && r.Month == month)
            .Select(r => ValueTuple.Create(r.Claimed, r.Validated, r.Version))
            .SingleAsync());
}
