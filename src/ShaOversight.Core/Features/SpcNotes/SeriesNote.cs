using System.Globalization;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>A savings SPC series: a contract's (by id), or a PCT's or SHA's (by organisation id).</summary>
public sealed record SpcSeries(SpcSeriesKind Kind, int Id);

/// <summary>
/// A recalculation or annotation as charts, lists and forms show it. A removed note is not
/// <see cref="IsStored"/>: that is what a form is told when someone removed it first.
/// </summary>
public sealed record SeriesNote(
    int Id, SpcSeries Series, string SeriesName, SpcNoteKind Kind, DateOnly Month, string Text, string Author, DateOnly RecordedOn, int Version)
    : IEditedValues
{
    public bool IsStored { get; init; } = true;

    /// <summary>The audit log's name for the note, the same whatever is changed, so "who last changed it" finds every edit.</summary>
    public string Target => NoteTarget(Id, SeriesName);

    public static string NoteTarget(int id, string seriesName) => $"SPC note {id} on the savings of {seriesName}";

    /// <summary>What the chart's label and the lists say: "Limits recalculated from May 2009: contract scope widened".</summary>
    public string Describe() => Kind == SpcNoteKind.Recalculation
        ? $"Limits recalculated from {Month.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}: {Text}"
        : $"{Month.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}: {Text}";

    /// <summary>The fields the audit log records before and after a change.</summary>
    internal object Audited => new { Kind = Kind.ToString(), Month = Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Text };

    internal static SeriesNote Removed(int id, SpcSeries series, string seriesName) =>
        new(id, series, seriesName, default, default, "", "", default, 0) { IsStored = false };

    internal static SeriesNote From(SpcNote note, string seriesName) =>
        new(note.Id, new SpcSeries(note.SeriesKind, note.SeriesId), seriesName, note.Kind, note.Month, note.Text, note.Author, note.RecordedOn, note.Version);
}
