using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>
/// A series' recalculations and annotations up to the as-at date, read by the handler that reads
/// the series, so they are seen exactly where the series is. <see cref="CanWrite"/> says whether
/// this user may record, change or remove them (the handlers decide again on every write).
/// </summary>
public sealed record SeriesNotes(SpcSeries? Series, bool CanWrite, IReadOnlyList<SeriesNote> Recalculations, IReadOnlyList<SeriesNote> Annotations)
{
    /// <summary>No series shown: a peer PCT's page, say.</summary>
    public static readonly SeriesNotes None = new(null, false, [], []);

    /// <summary>The recorded recalculations, as the SPC engine takes them.</summary>
    public SpcOptions Options => Recalculations.Count == 0
        ? SpcOptions.Default
        : SpcOptions.Default with { Recalculations = Recalculations.Select(r => new LimitRecalculation(r.Month, r.Text)).ToList() };

    /// <summary>The chart's numbered markers: annotations in month order, numbered from 1.</summary>
    public IReadOnlyList<SpcMarker> Markers => Annotations.Select((a, i) => new SpcMarker(a.Month, i + 1)).ToList();

    /// <summary>The annotations on one month, numbered as on the chart, for tables and downloads.</summary>
    public string? AnnotationsOn(DateOnly month)
    {
        var text = string.Join("; ", Annotations.Select((a, i) => (a, i)).Where(x => x.a.Month == month).Select(x => $"({x.i + 1}) {x.a.Text}"));
        return text.Length == 0 ? null : text;
    }

    internal static async Task<SeriesNotes> LoadAsync(AppDbContext db, SpcSeries series, string seriesName, DateOnly asAt, bool canWrite, CancellationToken ct)
    {
        var notes = await db.SpcNotes.AsNoTracking()
            .Where(n => n.SeriesKind == series.Kind && n.SeriesId == series.Id && n.Month <= asAt)
            .OrderBy(n => n.Month).ThenBy(n => n.Id)
            .ToListAsync(ct);
        var shown = notes.Select(n => SeriesNote.From(n, seriesName)).ToList();
        return new SeriesNotes(series, canWrite,
            shown.Where(n => n.Kind == SpcNoteKind.Recalculation).ToList(), shown.Where(n => n.Kind == SpcNoteKind.Annotation).ToList());
    }

    /// <summary>Each contract's recorded recalculations, for the region's SPC summary: one query for them all.</summary>
    internal static async Task<ILookup<int, LimitRecalculation>> ContractRecalculationsAsync(AppDbContext db, IQueryable<Contract> contracts, DateOnly asAt, CancellationToken ct)
    {
        var recalculations = await db.SpcNotes.AsNoTracking()
            .Where(n => n.SeriesKind == SpcSeriesKind.Contract && n.Kind == SpcNoteKind.Recalculation && n.Month <= asAt
                && contracts.Any(c => c.Id == n.SeriesId))
            .Select(n => new { n.SeriesId, n.Month, n.Text })
            .ToListAsync(ct);
        return recalculations.ToLookup(r => r.SeriesId, r => new LimitRecalculation(r.Month, r.Text));
    }
}
