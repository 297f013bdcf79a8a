using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>Finds a note by id within its series, so an id from another series is simply not there.</summary>
internal static class StoredNote
{
    public static Task<SpcNote?> FindAsync(AppDbContext db, SpcSeries series, int id, CancellationToken ct) =>
        db.SpcNotes.SingleOrDefaultAsync(n => n.Id == id && n.SeriesKind == series.Kind && n.SeriesId == series.Id, ct);

    /// <summary>The series' owner once the user may write it (or the refusal), and the note if it is still there.</summary>
    public static async Task<(SeriesOwner Owner, SpcNote? Note)> OpenForWriteAsync(AppDbContext db, UserAccess user, SpcSeries series, int id, CancellationToken ct)
    {
        var owner = await SeriesOwner.FindAsync(db, series, ct);
        owner.DemandWrite(user);
        return (owner, await FindAsync(db, series, id, ct));
    }

    /// <summary>What is stored now, for a conflict: the note, or that it has been removed.</summary>
    public static async Task<SeriesNote> CurrentAsync(AppDbContext db, SeriesOwner owner, int id, CancellationToken ct) =>
        await FindAsync(db, owner.Series, id, ct) is { } note
            ? SeriesNote.From(note, owner.Name)
            : SeriesNote.Removed(id, owner.Series, owner.Name);
}
