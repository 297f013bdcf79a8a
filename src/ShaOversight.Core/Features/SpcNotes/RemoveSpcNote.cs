using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>
/// Removes a recalculation (its segment joins the one before) or an annotation, if it is still as
/// the user saw it: a note changed since is a conflict, so nobody removes what they have not read.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record RemoveSpcNote(SpcSeries Series, int Id, int Version) : ICommand<EditOutcome<SeriesNote>>;

public sealed class RemoveSpcNoteHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<RemoveSpcNote, EditOutcome<SeriesNote>>
{
    public async ValueTask<EditOutcome<SeriesNote>> Handle(RemoveSpcNote command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (owner, note) = await StoredNote.OpenForWriteAsync(db, user, command.Series, command.Id, cancellationToken);
        if (note is null) return await recording.ConflictAsync(Current, cancellationToken); // someone else removed it first

        var before = SeriesNote.From(note, owner.Name);
        // The DELETE's WHERE checks the version the user saw, as an UPDATE's does.
        db.Entry(note).Property(VersionConfiguration.PropertyName).OriginalValue = command.Version;
        db.SpcNotes.Remove(note);
        recording.Audit(db, user, before.Target, before.Audited, new { Removed = true });
        return await recording.SaveAsync(db, user, owner.RegionId, () => SeriesNote.Removed(command.Id, command.Series, owner.Name), Current, cancellationToken);

        Task<SeriesNote> Current(AppDbContext fresh) => StoredNote.CurrentAsync(fresh, owner, command.Id, cancellationToken);
    }
}
