using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// The one path every import takes, from the web page and from <c>shao import</c>: read the
/// file (format decided by its bytes), check the header, check every row, plan the changes,
/// and, for a commit with no problems, apply them and the audit entry in one transaction.
/// </summary>
public sealed class ImportRunner(
    IDbContextFactory<AppDbContext> contextFactory,
    IEnumerable<IImportKind> kinds,
    ImportLimits limits,
    AuditLog audit,
    DataChanges dataChanges,
    UserWorkLimiter limiter,
    TimeProvider clock)
{
    public IImportKind KindOf(ImportKind kind) => kinds.Single(k => k.Kind == kind);

    public async Task<ImportOutcome> RunAsync(UserAccess user, ImportKind kind, UploadedFile file, bool commit, CancellationToken cancellationToken)
    {
        var definition = KindOf(kind);
        using var running = limiter.Start(user, HeavyWork.Import);
        // Reading is CPU work bounded by the limits: off the caller's thread, so a Blazor circuit
        // stays responsive, and stopped by the token when the circuit or request goes away.
        var read = await Task.Run(() => file.ReadTable(limits, cancellationToken), cancellationToken);
        if (read.Data is not { } table)
            return Outcome(definition, file, null, 0, [read.Problem!], null, null, committed: false);

        var problems = new List<ImportProblem>();
        var rows = CheckShape(definition, table, problems, cancellationToken);
        var shapeProblems = problems.ToList();
        if (problems.Count > 0 && rows.Count == 0)
            return Outcome(definition, file, table.Format, table.Rows.Count, problems, null, null, committed: false);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var previous = await IdenticalEarlierLoadAsync(db, definition, file, cancellationToken);
        var context = new ImportContext(db, user, problems, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

        if (!commit)
        {
            var preview = await definition.PlanAsync(context, rows, cancellationToken);
            await AuditOutOfScopeRowsAsync(user, kind, file, context);
            return Outcome(definition, file, table.Format, table.Rows.Count, problems, preview, previous, committed: false);
        }

        ImportPlan? plan = null;
        DataChange? change = null;
        long position = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            // A retried attempt starts again from the file's own problems.
            problems.Clear();
            problems.AddRange(shapeProblems);
            db.ChangeTracker.Clear();
            // Planned inside the transaction, so the figures compared are the ones replaced.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            plan = await definition.PlanAsync(context, rows, cancellationToken);
            if (problems.Count > 0) return;
            await plan.ApplyAsync(db, cancellationToken);
            audit.Add(db, user, AuditLog.Import, $"{ImportKinds.Slug(kind)}: {file.FileName}", AuditDetails(plan), file.Hash,
                plan.Changes.Count == 0 ? null : JsonSerializer.Serialize(plan.Changes));
            await db.SaveChangesAsync(cancellationToken);
            // In the feed only if the load commits: every other instance refreshes from it.
            change = new DataChange(definition.Title, plan.RegionIds, user.DisplayName, clock.GetUtcNow());
            position = await ChangeFeed.AppendAsync(db, change, dataChanges.Origin, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        if (problems.Count > 0)
        {
            await AuditOutOfScopeRowsAsync(user, kind, file, context);
            return Outcome(definition, file, table.Format, table.Rows.Count, problems, plan, previous, committed: false);
        }

        dataChanges.Publish(change!, position);
        return Outcome(definition, file, table.Format, table.Rows.Count, problems, plan, previous, committed: true);
    }

    /// <summary>Rows outside the user's scope are a refusal, at preview as at commit: one entry per file checked, not one per row.</summary>
    private Task AuditOutOfScopeRowsAsync(UserAccess user, ImportKind kind, UploadedFile file, ImportContext context) =>
        context.OutOfScopeRows == 0
            ? Task.CompletedTask
            : audit.WriteAsync(user, AuditLog.AccessDenied, $"{ImportKinds.Slug(kind)}: {file.FileName}",
                $"Import refused: {context.OutOfScopeRows} row(s) outside the user's scope", CancellationToken.None);

    /// <summary>Missing and unexpected columns, then rows with the wrong number of values.</summary>
    private static List<ImportRow> CheckShape(IImportKind definition, TabularData table, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var expected = definition.Columns.Select(c => c.Name).ToList();
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < table.Header.Count; index++)
        {
            var heading = table.Header[index];
            var match = expected.FirstOrDefault(name => string.Equals(name, heading, StringComparison.OrdinalIgnoreCase));
            if (match is null)
                problems.Add(new ImportProblem(1, heading.Length == 0 ? $"column {index + 1}" : heading,
                    $"is not a column of the {definition.Title.ToLowerInvariant()} template. The columns are: {string.Join(", ", expected)}."));
            else if (!positions.TryAdd(match, index))
                problems.Add(new ImportProblem(1, heading, "appears twice in the header."));
        }
        foreach (var missing in expected.Where(name => !positions.ContainsKey(name)))
            problems.Add(new ImportProblem(1, missing, "this column is missing from the header."));
        if (problems.Count > 0) return [];

        if (table.Rows.Count == 0)
        {
            problems.Add(ImportProblem.WithFile("The file has a header but no rows of data."));
            return [];
        }

        // Rows keep the names the template uses, whatever case the file's header had.
        var columns = positions.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var rows = new List<ImportRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Texts.Length != table.Header.Count)
            {
                problems.Add(new ImportProblem(row.Row, null,
                    $"has {row.Texts.Length} value{(row.Texts.Length == 1 ? "" : "s")} but the header has {table.Header.Count}. A value containing a comma must be in quotes."));
                continue;
            }
            rows.Add(new ImportRow(row, columns, problems));
        }
        return rows;
    }

    private static async Task<PreviousLoad?> IdenticalEarlierLoadAsync(AppDbContext db, IImportKind definition, UploadedFile file, CancellationToken cancellationToken)
    {
        var target = $"{ImportKinds.Slug(definition.Kind)}:";
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.FileHash == file.Hash && e.Action == AuditLog.Import && e.Target.StartsWith(target))
            .OrderByDescending(e => e.Id)
            .Select(e => new PreviousLoad(e.At, e.UserName))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The counts; each changed record's before and after go in the entry's Changes, and added rows are in the file its hash names.</summary>
    private static string AuditDetails(ImportPlan plan) =>
        $"added {plan.Added}, changed {plan.Changed}, left alone {plan.Unchanged}";

    private static ImportOutcome Outcome(IImportKind definition, UploadedFile file, string? format, int rowCount,
        List<ImportProblem> problems, ImportPlan? plan, PreviousLoad? previous, bool committed) =>
        new(definition.Kind, file.FileName, file.Hash, format, rowCount,
            problems.OrderBy(p => p.Row ?? 0).Take(ImportOutcome.ProblemsShown).ToList(), problems.Count,
            problems.Count == 0 ? plan?.Added ?? 0 : 0,
            problems.Count == 0 ? plan?.Changed ?? 0 : 0,
            problems.Count == 0 ? plan?.Unchanged ?? 0 : 0,
            committed, previous);
}
