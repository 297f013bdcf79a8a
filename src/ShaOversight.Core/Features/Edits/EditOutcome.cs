namespace ShaOversight.Core.Features.Edits;

public enum EditStatus
{
    Saved,

    /// <summary>Someone else saved the record after the user started; nothing was written.</summary>
    Conflict,
}

/// <summary>The latest edit of a record, as the audit log tells it.</summary>
public sealed record LastChange(string By, DateTimeOffset At);

/// <summary>
/// What came of an edit. Saved: <see cref="Current"/> holds the values as now stored, with
/// the new version. Conflict: nothing was saved, and <see cref="Current"/> holds what someone
/// else saved, so the user can re-apply their change on top of it or drop it.
/// </summary>
public sealed record EditOutcome<TValues>(EditStatus Status, TValues Current, LastChange? LastChange)
{
    public bool Saved => Status == EditStatus.Saved;
}

/// <summary>
/// The values a form edits. The audit log names the record by <see cref="Target"/>; a month or
/// round not recorded yet is not <see cref="IsStored"/>.
/// </summary>
public interface IEditedValues
{
    string Target { get; }
    bool IsStored { get; }
}
