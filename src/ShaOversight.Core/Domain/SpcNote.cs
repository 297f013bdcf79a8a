namespace ShaOversight.Core.Domain;

/// <summary>What a note on an SPC chart records.</summary>
public enum SpcNoteKind
{
    /// <summary>"Limits recalculated from this month because …": a new segment with its own mean and limits starts here.</summary>
    Recalculation,

    /// <summary>A dated note on a month ("contract scope reduced"), drawn as a numbered marker.</summary>
    Annotation,
}

/// <summary>Whose savings series a note belongs to: one contract's, a PCT's (the contracts serving it) or a region's.</summary>
public enum SpcSeriesKind
{
    Contract,
    Pct,
    Region,
}

/// <summary>
/// A recalculation or an annotation recorded by a person on a month of one savings SPC series.
/// The series is named by kind and id (a contract's id, or the PCT's or SHA's organisation id),
/// so one table serves every series without a column per kind.
/// </summary>
public sealed class SpcNote
{
    /// <summary>The longest reason or note, in forms and the column alike; a chart label shows its start.</summary>
    public const int TextLength = 500;

    public int Id { get; set; }
    public SpcSeriesKind SeriesKind { get; set; }
    public int SeriesId { get; set; }
    public SpcNoteKind Kind { get; set; }

    /// <summary>The first day of the month the note is about: where a recalculation's segment starts.</summary>
    public DateOnly Month { get; set; }

    public required string Text { get; set; }
    public required string Author { get; set; }
    public DateOnly RecordedOn { get; set; }
    public int Version { get; set; }
}
