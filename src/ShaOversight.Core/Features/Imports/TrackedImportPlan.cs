using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// A plan for the low-volume kinds: records to change are loaded tracked and edited while
/// planning, new ones are added on apply, and the runner's SaveChanges writes both inside its
/// transaction. A preview simply never saves, so its edits are thrown away with the context.
/// </summary>
public sealed class TrackedImportPlan : ImportPlan
{
    private readonly List<object> _added = [];
    private readonly List<object> _changed = [];

    public void Add(object record)
    {
        _added.Add(record);
        Added++;
    }

    /// <param name="record">The tracked record the change belongs to, whether its own columns or only its children changed.</param>
    public void Change(object record, RecordChange change)
    {
        _changed.Add(record);
        Changes.Add(change);
        Changed++;
    }

    public void LeaveAlone() => Unchanged++;

    public override Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        db.AddRange(_added);
        // A change to a record's children alone (an assessment's scores, a contract's areas)
        // leaves the record itself unchanged, so its version would not move and a form opened
        // before the load could save over it unwarned. Saving the record moves its version.
        foreach (var record in _changed)
        {
            var entry = db.Entry(record);
            if (entry.State == EntityState.Unchanged) entry.State = EntityState.Modified;
        }
        return Task.CompletedTask;
    }
}
