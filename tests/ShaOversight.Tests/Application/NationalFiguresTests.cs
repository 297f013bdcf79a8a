using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Tests.Features.Edits;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Application;

/// <summary>
/// England's figures, England's savings on the board summary, and the national and regional
/// medians are read once per change, and a change, from anywhere, makes them read afresh.
/// </summary>
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

        await ValidateAnotherThousandAsync(fromTheEnd: 6);

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

    [Fact]
    public async Task Englands_board_summary_sums_englands_savings_once_then_keeps_them_for_every_role_until_an_edit()
    {
        var england = GetBoardSummary.England(AtYearEnd.Year, AtYearEnd.AsAt);
        var first = await fixture.SendAs(SliceFixture.National, england);
        using (var log = SqlStatementLog.Start(FilePath))
        {
            // England's savings are open to every role: a PCT chief executive is served the same kept figures.
            var again = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, england);
            Assert.Equal(Savings(first), Savings(again));
            Assert.DoesNotContain(log.Statements, s => s.Contains("MonthlyReturns", StringComparison.Ordinal) || s.Contains("SavingsTargetPhases", StringComparison.Ordinal));
        }

        await ValidateAnotherThousandAsync(fromTheEnd: 9);

        var after = await fixture.SendAs(SliceFixture.National, england);
        var overview = await fixture.SendAs(SliceFixture.National, AtYearEnd);
        Assert.NotEqual(Savings(first)[1], Savings(after)[1]);
        Assert.Equal(overview.England.Achievement, Savings(after)[1]);
    }

    [Fact]
    public async Task A_pcts_region_medians_are_read_once_per_change_for_that_region_alone()
    {
        var year = AtYearEnd.Year;
        var london = new GetPctDashboard("5AT", year, AtYearEnd.AsAt);
        var first = await fixture.SendAs(SliceFixture.National, london);
        var (cached, cachedStatements) = await CountedAsync(() => fixture.SendAs(SliceFixture.National, london));
        fixture.DataChanges.Publish(new DataChange("a change from elsewhere", new HashSet<int>(), "Someone", DateTimeOffset.UtcNow));
        var (afresh, afreshStatements) = await CountedAsync(() => fixture.SendAs(SliceFixture.National, london));

        var competencies = first.Ratings.Competencies.Count;
        Assert.Equal(first.Ratings.RegionMedians, cached.Ratings.RegionMedians);
        Assert.Equal(await fixture.QueryAsync(db => CompetencyMedians.LoadAsync(db, year, first.Region.Id, competencies, CancellationToken.None)),
            afresh.Ratings.RegionMedians);
        // After the change the region's and England's histograms are read once more; before it, both came from the cache.
        Assert.Equal(cachedStatements + 2, afreshStatements);

        // Kept by region: a PCT elsewhere is shown its own region's medians, not London's.
        var elsewhere = await fixture.QueryAsync(db => db.Organisations
            .Where(o => o.Parent!.Code != "Q36" && o.Parent.ParentId == null && Organisation.CommissionerKinds.Contains(o.Kind))
            .OrderBy(o => o.Code).Select(o => new { o.Code, RegionId = o.ParentId!.Value }).FirstAsync());
        var other = await fixture.SendAs(SliceFixture.National, new GetPctDashboard(elsewhere.Code, year, AtYearEnd.AsAt));
        Assert.Equal(await fixture.QueryAsync(db => CompetencyMedians.LoadAsync(db, year, elsewhere.RegionId, competencies, CancellationToken.None)),
            other.Ratings.RegionMedians);
    }

    /// <summary>A London analyst adds £1,000 to a return's validated savings, through the app, so the change is announced.</summary>
    private async Task ValidateAnotherThousandAsync(int fromTheEnd)
    {
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetMonthlyReturnForEdit(contractId, month));
        var validated = (form.Validated ?? 0) + 1_000m;
        Assert.True((await fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordMonthlyReturn(contractId, month, Math.Max(form.Claimed ?? 0, validated), validated, form.Version))).Saved);
    }

    private static List<decimal?> Savings(BoardSummary summary) => [.. summary.Tile(BoardLens.Savings).Figures.Select(f => f.Now.Latest)];

    private async Task<(T Result, int Statements)> CountedAsync<T>(Func<Task<T>> send)
    {
        using var log = SqlStatementLog.Start(FilePath);
        var result = await send();
        return (result, log.Statements.Count);
    }

    private string FilePath => new SqliteConnectionStringBuilder(fixture.GetService<DatabaseSettings>().ConnectionString).DataSource;
}
