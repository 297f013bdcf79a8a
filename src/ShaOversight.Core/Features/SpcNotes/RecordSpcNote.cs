using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.SpcNotes;

/// <summary>
/// Records "limits recalculated from <see cref="Month"/> because <see cref="Text"/>", or an
/// annotation on a month, on a savings SPC series. Notes are added, so recording needs no version.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record RecordSpcNote(SpcSeries Series, SpcNoteKind Kind, DateOnly Month, string Text) : ICommand<SeriesNote>;

public sealed class RecordSpcNoteValidator : AbstractValidator<RecordSpcNote>
{
    public RecordSpcNoteValidator(TimeProvider clock)
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Month).NoteMonth(clock);
        RuleFor(c => c.Text).NoteText();
    }
}

public sealed class RecordSpcNoteHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording, TimeProvider clock)
    : ICommandHandler<RecordSpcNote, SeriesNote>
{
    public async ValueTask<SeriesNote> Handle(RecordSpcNote command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var owner = await SeriesOwner.FindAsync(db, command.Series, cancellationToken);
        owner.DemandWrite(user);
        await owner.DemandMonthAsync(db, command.Kind, command.Month, exceptId: null, cancellationToken);

        var note = new SpcNote
        {
            SeriesKind = command.Series.Kind, SeriesId = command.Series.Id, Kind = command.Kind, Month = command.Month,
            Text = command.Text.Trim(), Author = user.DisplayName, RecordedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        // The audit entry names the note by its id, which only the insert gives: the note, its
        // entry and its place in the change feed share one transaction.
        await recording.CommitAsync(db, user, owner.RegionId, async () =>
        {
            db.SpcNotes.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            var saved = SeriesNote.From(note, owner.Name);
            recording.Audit(db, user, saved.Target, null, saved.Audited);
            await db.SaveChangesAsync(cancellationToken);
            return saved.Target;
        }, cancellationToken);
        var recorded = SeriesNote.From(note, owner.Name);
        return recorded;
    }
}
