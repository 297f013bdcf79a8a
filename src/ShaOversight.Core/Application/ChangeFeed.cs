using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Application;

/// <summary>
/// The database's record of committed writes, which carries a change from the instance (or
/// the <c>shao</c> run) that made it to every other instance. A writer appends in its own
/// transaction; <see cref="ChangeFeedListener"/> reads what came after the last position seen.
/// The same SQL runs on SQLite and SQL Server.
/// </summary>
public static class ChangeFeed
{
    /// <summary>
    /// Bumps the head row; the entry is then written at the new position. The UPDATE takes the
    /// head's row lock (SQLite: the database's write lock) and holds it until the writer commits or
    /// rolls back, so the next writer waits for it: positions become visible strictly in order, and
    /// a reader that has seen position n can never later find a committed n-1 it skipped. An
    /// identity column would not give that: SQL Server hands out identity values at insert and
    /// transactions can commit in another order.
    /// </summary>
    public const string BumpHeadSql = "UPDATE ChangeFeedHead SET Position = Position + 1 WHERE Id = 1";

    public const string InsertSql = """
        INSERT INTO ChangeFeed (Position, What, RegionIds, ChangedBy, At, Origin)
        VALUES ({0}, {1}, {2}, {3}, {4}, {5})
        """;

    /// <summary>How many entries one read takes; a poll keeps reading until it has caught up.</summary>
    public const int BatchSize = 500;

    /// <summary>
    /// Appends the change inside the caller's transaction, so it is in the feed if and only if the
    /// write commits, and returns its position. Each statement must touch exactly one row: without
    /// the head row the write would otherwise commit with no entry, unseen by every other instance,
    /// so it throws and the caller's transaction rolls back.
    /// </summary>
    public static async Task<long> AppendAsync(AppDbContext db, DataChange change, string origin, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A change is appended to the feed inside the transaction that makes it.");
        ExpectOneRow(await db.Database.ExecuteSqlRawAsync(BumpHeadSql, cancellationToken), "bump the head");
        var position = await HeadAsync(db, cancellationToken);
        ExpectOneRow(await db.Database.ExecuteSqlRawAsync(InsertSql,
            [position, AuditLog.Truncate(change.What, ChangeFeedEntry.WhatLength), FormatRegions(change.RegionIds),
             AuditLog.Truncate(change.ChangedBy, ChangeFeedEntry.ChangedByLength), change.At, origin],
            cancellationToken), "insert the entry");
        return position;
    }

    private static void ExpectOneRow(int affected, string step)
    {
        if (affected != 1)
            throw new InvalidOperationException($"The change feed could not {step}: {affected} rows were affected, not 1. Is the ChangeFeedHead row missing? The write is rolled back.");
    }

    /// <summary>The last committed position: where an instance starting now begins listening.</summary>
    public static IQueryable<long> Head(AppDbContext db) =>
        db.ChangeFeedHead.AsNoTracking().Where(h => h.Id == ChangeFeedHead.TheOnlyId).Select(h => h.Position);

    /// <summary>The next committed entries after a position, oldest first: an index seek on the key.</summary>
    public static IQueryable<ChangeFeedEntry> After(AppDbContext db, long position) =>
        db.ChangeFeed.AsNoTracking().Where(e => e.Position > position).OrderBy(e => e.Position).Take(BatchSize);

    public static Task<long> HeadAsync(AppDbContext db, CancellationToken cancellationToken) => Head(db).SingleAsync(cancellationToken);

    public static Task<List<ChangeFeedEntry>> AfterAsync(AppDbContext db, long position, CancellationToken cancellationToken) =>
        After(db, position).ToListAsync(cancellationToken);

    public static DataChange ToChange(ChangeFeedEntry entry) =>
        new(entry.What, ParseRegions(entry.RegionIds), entry.ChangedBy, entry.At);

    private static string FormatRegions(IEnumerable<int> regionIds) =>
        string.Join(',', regionIds.Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private static HashSet<int> ParseRegions(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToHashSet();
}
