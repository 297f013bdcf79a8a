using Microsoft.Data.Sqlite;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Tests.Features.Edits;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Application;

/// <summary>England's figures and the national medians are read once per change, and a change, from anywhere, makes them read afresh.</summary>
[Collection(EditableDatabase.Name)]
public sealed class NationalFiguresTests(SliceFixture fixture)
{
    private static readonly GetEnglandOverview AtYearEnd = new(new FinancialYear(2009), new DateOnly(2010, 3, 31));

    [Fact]
    public async Task England_is_read_once_then_served_from_the_cache_until_an_edit_when_it_shows_the_edit()
    {
        var first = await fixture.SendAs(SliceFixture.National, AtYearEnd);
        using (var log = SqlStatementLog.Start(FilePath))
        {
            var again = await fixture.SendAs(SliceFixture.National, AtYearEnd);
            Assert.Equal(first.England, again.England);
            Assert.DoesNotContain(log.Statements, s => s.Contains("MonthlyReturns", StringComparison.Ordinal));
        }

        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 6);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetMonthlyReturnForEdit(contractId, month));
        var validated = (form.Validated ?? 0) + 1_000m;
        Assert.True((await fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordMonthlyReturn(contractId, month, Math.Max(form.Claimed ?? 0, validated), validated, form.Version))).Saved);

        var after = await fixture.SendAs(SliceFixture.National, AtYearEnd);
        Assert.Equal(first.England.ValidatedSavings + 1_000m, after.England.ValidatedSavings);
    }

    [Fact]
    public async Task The_national_medians_are_read_once_per_change_and_agree_with_a_fresh_reading()
    {
        var year = new FinancialYear(2009);
        var first = await fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q36", year));

        var (cached, cachedStatements) = await CountedAsync(() => fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q35", year)));
        fixture.DataChanges.Publish(new DataChange("a change from elsewhere", new HashSet<int>(), "Someone", DateTimeOffset.UtcNow));
        var (afresh, afreshStatements) = await CountedAsync(() => fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q35", year)));

        Assert.Equal(first.NationalMedians, cached.NationalMedians);
        var competencies = first.Competencies.Count;
        Assert.Equal(await fixture.QueryAsync(db => CompetencyMedians.LoadAsync(db, year, null, competencies, CancellationToken.None)), afresh.NationalMedians);
        // After the change the nation's histogram is read once more; before it, it came from the cache.
        Assert.Equal(cachedStatements + 1, afreshStatements);
    }

    private async Task<(T Result, int Statements)> CountedAsync<T>(Func<Task<T>> send)
    {
        using var log = SqlStatementLog.Start(FilePath);
        var result = await send();
        return (result, log.Statements.Count);
    }

    private string FilePath => new SqliteConnectionStringBuilder(fixture.GetService<DatabaseSettings>().ConnectionString).DataSource;
}
