using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Tests.Features.Edits;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Application;

/// <summary>
/// The change feed on a real SQLite file: what a write leaves in it, and how a listener (one per
/// instance) reads it. Each listener here plays another instance with a <see cref="DataChanges"/>
/// of its own, polled by hand so the test decides when time passes.
/// </summary>
[Collection(EditableDatabase.Name)]
public sealed class ChangeFeedTests(SliceFixture fixture)
{
    [Fact]
    public async Task An_edit_leaves_one_entry_naming_what_changed_its_region_who_and_this_instance()
    {
        var head = await HeadAsync();
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 0);

        var saved = await CorrectAsync(contractId, month, 4_321m);

        var entry = Assert.Single(await EntriesAfterAsync(head));
        Assert.Equal(head + 1, entry.Position);
        Assert.Equal(saved.Current.Target, entry.What);
        Assert.Equal((await fixture.RegionIdAsync("Q36")).ToString(System.Globalization.CultureInfo.InvariantCulture), entry.RegionIds);
        Assert.Equal((await fixture.EditsOfAsync(saved.Current.Target)).Last().UserName, entry.ChangedBy);
        Assert.Equal(fixture.DataChanges.Origin, entry.Origin);
        Assert.Equal(head + 1, await HeadAsync());
    }

    [Fact]
    public async Task A_conflicted_edit_leaves_nothing_in_the_feed()
    {
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 1);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetMonthlyReturnForEdit(contractId, month));
        await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordMonthlyReturn(contractId, month, 1_000m, null, form.Version));
        var head = await HeadAsync();

        var stale = await fixture.SendAs(SliceFixture.Administrator, new RecordMonthlyReturn(contractId, month, 2_000m, null, form.Version));

        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Empty(await EntriesAfterAsync(head));
        Assert.Equal(head, await HeadAsync());
    }

    [Fact]
    public async Task A_listener_starts_at_the_head_then_publishes_each_later_change_once_in_order()
    {
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 2);
        var london = await fixture.RegionIdAsync("Q36");
        await CorrectAsync(contractId, month, 100m);
        var (listener, heard) = Listener();

        await listener.PollAsync(CancellationToken.None);
        Assert.Equal(await HeadAsync(), listener.Position);
        Assert.Empty(heard);

        var first = await CorrectAsync(contractId, month, 200m);
        var second = await CorrectAsync(contractId, month, 300m);
        await listener.PollAsync(CancellationToken.None);
        await listener.PollAsync(CancellationToken.None);

        Assert.Equal([first.Current.Target, second.Current.Target], heard.Select(c => c.What));
        Assert.All(heard, change => Assert.True(change.Touches(london)));
        Assert.Equal(await HeadAsync(), listener.Position);
    }

    [Fact]
    public async Task The_instance_that_made_a_change_is_not_told_twice()
    {
        var listener = new ChangeFeedListener(Factory, fixture.DataChanges, Settings, TimeProvider.System, NullLogger<ChangeFeedListener>.Instance);
        await listener.PollAsync(CancellationToken.None);
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 3);

        var published = await fixture.PublishedDuringAsync(async () =>
        {
            await CorrectAsync(contractId, month, 400m);
            await listener.PollAsync(CancellationToken.None);
        });

        Assert.Single(published);
        Assert.Equal(await HeadAsync(), listener.Position);
    }

    [Fact]
    public async Task After_an_outage_the_listener_resumes_where_it_stopped_without_missing_or_replaying()
    {
        var (listener, heard) = Listener();
        await listener.PollAsync(CancellationToken.None);
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 4);
        var before = await CorrectAsync(contractId, month, 500m);

        await fixture.QueryAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE ChangeFeed RENAME TO ChangeFeedOffline"));
        try
        {
            await listener.PollAsync(CancellationToken.None);
            Assert.Empty(heard);
        }
        finally
        {
            await fixture.QueryAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE ChangeFeedOffline RENAME TO ChangeFeed"));
        }
        var after = await CorrectAsync(contractId, month, 600m);
        await listener.PollAsync(CancellationToken.None);
        await listener.PollAsync(CancellationToken.None);

        Assert.Equal([before.Current.Target, after.Current.Target], heard.Select(c => c.What));
    }

    [Fact]
    public async Task A_restarted_instance_replays_nothing_from_before_it_started_and_misses_nothing_after()
    {
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 5);
        var (first, heardByFirst) = Listener();
        await first.PollAsync(CancellationToken.None);
        await CorrectAsync(contractId, month, 700m);
        await first.PollAsync(CancellationToken.None);
        Assert.Single(heardByFirst);
        await CorrectAsync(contractId, month, 800m); // committed while the instance is down

        var (restarted, heardAfterRestart) = Listener();
        await restarted.PollAsync(CancellationToken.None);
        var later = await CorrectAsync(contractId, month, 900m);
        await restarted.PollAsync(CancellationToken.None);

        Assert.Equal(later.Current.Target, Assert.Single(heardAfterRestart).What);
    }

    [Fact]
    public async Task Figures_kept_before_the_listener_first_reads_the_head_are_read_afresh_once_it_has()
    {
        var (contractId, month) = await fixture.LondonReturnAsync(fromTheEnd: 7);
        var changes = new DataChanges();
        using var national = new NationalFigures(changes);
        var listener = new ChangeFeedListener(Factory, changes, Settings, TimeProvider.System, NullLogger<ChangeFeedListener>.Instance);
        async Task<string> Claimed() => (await fixture.QueryAsync(db => db.MonthlyReturns
            .Where(r => r.ContractId == contractId && r.Month == month).Select(r => r.Claimed).SingleAsync()))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await national.GetAsync("claimed", Claimed); // a page served as the instance starts

        await CorrectAsync(contractId, month, 1_100m); // by another instance, before this one's first poll
        await listener.PollAsync(CancellationToken.None);

        Assert.Equal(await Claimed(), await national.GetAsync("claimed", Claimed));
        Assert.NotEqual(before, await Claimed());
    }

    [Fact]
    public async Task A_write_this_instance_committed_but_never_published_still_reaches_it_through_the_feed()
    {
        var changes = new DataChanges();
        var heard = new List<DataChange>();
        changes.Committed += heard.Add;
        var listener = new ChangeFeedListener(Factory, changes, Settings, TimeProvider.System, NullLogger<ChangeFeedListener>.Instance);
        await listener.PollAsync(CancellationToken.None);

        // The commit succeeded but its acknowledgement was lost: the retry found the version moved and published nothing.
        var change = new DataChange("return committed, acknowledgement lost", new HashSet<int> { 1 }, "Someone", DateTimeOffset.UtcNow);
        await using (var db = await Factory.CreateDbContextAsync())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ChangeFeed.AppendAsync(db, change, changes.Origin, CancellationToken.None);
            await transaction.CommitAsync();
        }
        await listener.PollAsync(CancellationToken.None);

        Assert.Equal(change.What, Assert.Single(heard).What);
    }

    [Fact]
    public async Task An_append_that_finds_no_head_row_throws_so_the_write_it_belongs_to_rolls_back()
    {
        var head = await HeadAsync();
        var change = new DataChange("a write with nowhere in the feed", new HashSet<int>(), "Someone", DateTimeOffset.UtcNow);
        await using (var db = await Factory.CreateDbContextAsync())
        await using (await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM ChangeFeedHead");
            await Assert.ThrowsAsync<InvalidOperationException>(() => ChangeFeed.AppendAsync(db, change, "test", CancellationToken.None));
        }

        Assert.Equal(head, await HeadAsync());
        Assert.Empty(await EntriesAfterAsync(head));
    }

    private static readonly ChangeFeedSettings Settings = new(TimeSpan.FromSeconds(1));

    private IDbContextFactory<AppDbContext> Factory => fixture.GetService<IDbContextFactory<AppDbContext>>();

    /// <summary>Another instance: a listener over the same database publishing to pages of its own.</summary>
    private (ChangeFeedListener Listener, List<DataChange> Heard) Listener()
    {
        var changes = new DataChanges();
        var heard = new List<DataChange>();
        changes.Committed += heard.Add;
        return (new ChangeFeedListener(Factory, changes, Settings, TimeProvider.System, NullLogger<ChangeFeedListener>.Instance), heard);
    }

    private async Task<EditOutcome<MonthlyReturnValues>> CorrectAsync(int contractId, DateOnly month, decimal claimed)
    {
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetMonthlyReturnForEdit(contractId, month));
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordMonthlyReturn(contractId, month, claimed, null, form.Version));
        Assert.True(outcome.Saved);
        return outcome;
    }

    private Task<long> HeadAsync() => fixture.QueryAsync(db => ChangeFeed.HeadAsync(db, CancellationToken.None));

    private Task<List<ChangeFeedEntry>> EntriesAfterAsync(long position) =>
        fixture.QueryAsync(db => db.ChangeFeed.Where(e => e.Position > position).OrderBy(e => e.Position).ToListAsync());
}
