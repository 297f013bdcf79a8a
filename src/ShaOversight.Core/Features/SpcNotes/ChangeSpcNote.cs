using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>Moves a recalculation or annotation to another month, or rewords it, from the version the user started with.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record ChangeSpcNote(SpcSeries Series, int Id, DateOnly Month, string Text, int Version) : ICommand<EditOutcome<SeriesNote>>;

public sealed class ChangeSpcNoteValidator : AbstractValidator<ChangeSpcNote>
{
    public ChangeSpcNoteValidator(TimeProvider clock)
    {
        RuleFor(c => c.Month).NoteMonth(clock);
        RuleFor(c => c.Text).NoteText();
    }
}

public sealed class ChangeSpcNoteHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<ChangeSpcNote, EditOutcome<SeriesNote>>
{
    public async ValueTask<EditOutcome<SeriesNote>> Handle(ChangeSpcNote command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (owner, note) = await StoredNote.OpenForWriteAsync(db, user, command.Series, command.Id, cancellationToken);
        if (note is null) return await recording.ConflictAsync(Current, cancellationToken); // removed since the user opened it
        await owner.DemandMonthAsync(db, note.Kind, command.Month, exceptId: note.Id, cancellationToken);

        var before = SeriesNote.From(note, owner.Name);
        EditSteps.ExpectVersion(db, note, command.Version);
        (note.Month, note.Text) = (command.Month, command.Text.Trim());
        recording.Audit(db, user, before.Target, before.Audited, SeriesNote.From(note, owner.Name).Audited);
        return await recording.SaveAsync(db, user, owner.RegionId, () => SeriesNote.From(note, owner.Name), Current, cancellationToken);

        Task<SeriesNote> Current(AppDbContext fresh) => StoredNote.CurrentAsync(fresh, owner, command.Id, cancellationToken);
    }
}
