namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// One thing wrong with an uploaded file. Row is the row a spreadsheet shows (the header is
/// row 1); a problem with the whole file has no row, and one with no single column has none.
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, string Reason)
{
    public static ImportProblem WithFile(string reason) => new(null, null, reason);

    public override string ToString() => (Row, Column) switch
    {
        (null, null) => Reason,
        (null, { } column) => $"column '{column}': {Reason}",
        ({ } row, null) => $"row {row}: {Reason}",
        ({ } row, { } column) => $"row {row}, column '{column}': {Reason}",
    };
}
