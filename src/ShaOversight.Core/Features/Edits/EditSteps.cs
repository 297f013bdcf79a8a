using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Edits;

/// <summary>
/// The steps every edit shares: refuse records outside the user's region, hold the user to the
/// version they started from, describe the change for the audit log, and tell open pages once
/// it has committed.
/// </summary>
public sealed class EditSteps(IDbContextFactory<AppDbContext> contextFactory, AuditLog audit, DataChanges changes, TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new JsonStringEnumConverter(), new FinancialYearJsonConverter() },
    };

    /// <summary>
    /// Row-level scope: only the region's analysts and administrators write its data. The pipeline
    /// audits the refusal. A form opened by id or code passes what a missing record would be
    /// called, so an out-of-scope one answers the same way.
    /// </summary>
    public static void DemandWrite(UserAccess user, int regionId, string target, string? shownAsNotFound = null)
    {
        if (!user.CanWriteRegion(regionId))
            throw new AccessDeniedException(target, "the record is outside the region the user may change") { ShownAsNotFound = shownAsNotFound };
    }

    /// <summary>
    /// Makes the save check the version the user started from (the UPDATE's WHERE clause), not
    /// the one just read, and marks the row changed so the check and the version bump always run.
    /// </summary>
    public static void ExpectVersion<T>(AppDbContext db, T entity, int startedFrom) where T : class
    {
        var entry = db.Entry(entity);
        entry.State = EntityState.Modified;
        entry.Property(VersionConfiguration.PropertyName).OriginalValue = startedFrom;
    }

    /// <summary>
    /// Adds the audit entry, with the values before and after, to the context that saves the
    /// change. They go in the entry's Changes, as an import's do: Details is cut short for the
    /// page, and a long commentary would lose its end there.
    /// </summary>
    public void Audit(AppDbContext db, UserAccess user, string target, object? before, object after) =>
        audit.Add(db, user, AuditLog.Edit, target, details: null, changes: JsonSerializer.Serialize(new { before, after }, JsonOptions));

    /// <summary>
    /// Saves the change, its audit entry and its place in the change feed in one transaction, then
    /// tells this instance's open pages; other instances hear of it from the feed. Pages are told
    /// only after the commit, so none reloads figures that might still roll back.
    /// </summary>
    public Task CommitAsync(AppDbContext db, UserAccess user, string target, int regionId, CancellationToken cancellationToken) =>
        CommitAsync(db, user, regionId, async () =>
        {
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            return target;
        }, cancellationToken);

    /// <summary>
    /// As above, for a write that names its audit target only once saved (a new row's id):
    /// <paramref name="write"/> saves inside the transaction and returns the target.
    /// </summary>
    public async Task CommitAsync(AppDbContext db, UserAccess user, int regionId, Func<Task<string>> write, CancellationToken cancellationToken)
    {
        // SQL Server's retrying strategy must own a transaction the app begins, so a retry replays all of it.
        var (change, position) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var target = await write();
            var change = new DataChange(target, new HashSet<int> { regionId }, user.DisplayName, clock.GetUtcNow());
            var appended = await ChangeFeed.AppendAsync(db, change, changes.Origin, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (change, appended);
        });
        db.ChangeTracker.AcceptAllChanges();
        changes.Publish(change, position);
    }

    /// <summary>
    /// Saves the change and its audit entry, then tells open pages (<see cref="CommitAsync"/>). A
    /// stale version, or for a first record someone else's first record (refused by the unique
    /// index), comes back as a conflict holding what is stored now; nothing is overwritten.
    /// </summary>
    public async Task<EditOutcome<T>> SaveAsync<T>(AppDbContext db, UserAccess user, int regionId, Func<T> saved,
        Func<AppDbContext, Task<T>> loadCurrent, CancellationToken cancellationToken, bool isFirst = false)
        where T : IEditedValues
    {
        try
        {
            await CommitAsync(db, user, saved().Target, regionId, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || isFirst)
        {
            var conflict = await ConflictAsync(loadCurrent, cancellationToken);
            if (!conflict.Current.IsStored) throw;
            return conflict;
        }
        return new EditOutcome<T>(EditStatus.Saved, saved(), null);
    }

    /// <summary>What is stored now, read afresh, with who last changed it.</summary>
    public async Task<EditOutcome<T>> ConflictAsync<T>(Func<AppDbContext, Task<T>> loadCurrent, CancellationToken cancellationToken)
        where T : IEditedValues
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var current = await loadCurrent(db);
        return new EditOutcome<T>(EditStatus.Conflict, current, await LastChangeAsync(db, current.Target, cancellationToken));
    }

    public static Task<LastChange?> LastChangeAsync(AppDbContext db, string target, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditLog.Edit && e.Target == target)
            .OrderByDescending(e => e.Id)
            .Select(e => new LastChange(e.UserName, e.At))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A rule that needs the database (a month inside the term, say), reported like a validator's.</summary>
    public static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}
