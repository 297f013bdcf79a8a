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

    public void Add(object record)
    {
        _added.Add(record);
        Added++;
    }

    public void Change(RecordChange change)
    {
        Changes.Add(change);
        Changed++;
    }

    public void LeaveAlone() => Unchanged++;

    public override Task ApplyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        db.AddRange(_added);
        return Task.CompletedTask;
    }
}
