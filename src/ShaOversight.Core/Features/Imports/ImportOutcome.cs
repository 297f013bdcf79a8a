namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// What a preview found, or what a commit did. <see cref="Committed"/> is true only when the
/// whole file was saved; with any problem nothing is saved.
/// </summary>
public sealed record ImportOutcome(
    ImportKind Kind,
    string FileName,
    string FileHash,
    string? Format,
    int RowCount,
    IReadOnlyList<ImportProblem> Problems,
    int TotalProblems,
    int Added,
    int Changed,
    int Unchanged,
    bool Committed,
    PreviousLoad? IdenticalEarlierLoad)
{
    /// <summary>The most problems carried back; a file wrong on every row still says how many there were.</summary>
    public const int ProblemsShown = 1000;

    public bool HasProblems => TotalProblems > 0;

    public string Summary => HasProblems
        ? $"{TotalProblems:N0} problem{(TotalProblems == 1 ? "" : "s")} found; nothing was saved."
        : $"{(Committed ? "Saved" : "Ready to save")}: {Added:N0} added, {Changed:N0} changed, {Unchanged:N0} left alone.";
}

/// <summary>An earlier load of a byte-for-byte identical file.</summary>
public sealed record PreviousLoad(DateTimeOffset At, string By)
{
    public string Describe() => $"This identical file was loaded by {By} on {At.ToLocalTime():dd/MM/yyyy 'at' HH:mm}.";
}
