namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// An uploaded file read into rows, whatever its format. <see cref="TabularRow.Typed"/> holds
/// what Excel stored (numbers and dates) so they are not re-parsed from display text.
/// </summary>
public sealed record TabularData(IReadOnlyList<string> Header, IReadOnlyList<TabularRow> Rows, string Format);

/// <summary>One data row, numbered as a spreadsheet numbers it (the header is row 1).</summary>
public sealed record TabularRow(int Row, string?[] Texts, object?[]? Typed = null);

/// <summary>Either the file's rows or the reason the file cannot be read at all.</summary>
public sealed record TabularReadResult(TabularData? Data, ImportProblem? Problem)
{
    public static TabularReadResult Read(TabularData data) => new(data, null);
    public static TabularReadResult Refused(string reason) => new(null, ImportProblem.WithFile(reason));
}
