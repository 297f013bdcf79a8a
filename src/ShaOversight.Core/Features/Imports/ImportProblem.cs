namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// One thing wrong with an uploaded file. Row is the row a spreadsheet shows (the header is
/// row 1); a problem with the whole file has no row, and one with no single column has none.
/// </summary>
public sealed record ImportProblem(int? Row, string? Column, string Reason)
{
    /// <summary>How much of a heading or value a message repeats: enough to find it, never a whole hostile cell.</summary>
    public const int QuotedLength = 100;

    /// <summary>The column as the file names it, cut to <see cref="QuotedLength"/>: a heading is the file's own text.</summary>
    public string? Column { get; init; } = Column is null ? null : Cut(Column);

    public static ImportProblem WithFile(string reason) => new(null, null, reason);

    /// <summary>A value from the file, in quotes, cut to <see cref="QuotedLength"/> characters with an ellipsis.</summary>
    public static string Quote(string value) => $"'{Cut(value)}'";

    private static string Cut(string text)
    {
        if (text.Length <= QuotedLength) return text;
        // Never split a surrogate pair, which would leave half a character.
        var length = char.IsHighSurrogate(text[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        return text[..length] + "…";
    }

    public override string ToString() => (Row, Column) switch
    {
        (null, null) => Reason,
        (null, { } column) => $"column '{column}': {Reason}",
        ({ } row, null) => $"row {row}: {Reason}",
        ({ } row, { } column) => $"row {row}, column '{column}': {Reason}",
    };
}
