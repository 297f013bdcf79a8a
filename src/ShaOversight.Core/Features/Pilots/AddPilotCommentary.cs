using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>
/// Adds a dated note to a pilot's commentary, signed with the user's name. Notes are only ever
/// added, so two people writing at once cannot overwrite each other and no version is needed.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record AddPilotCommentary(int PilotId, DateOnly WrittenOn, string Text) : ICommand<CommentaryNote>;

public sealed class AddPilotCommentaryValidator : AbstractValidator<AddPilotCommentary>
{
    public AddPilotCommentaryValidator(TimeProvider clock)
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("Write the commentary before adding it.")
            .MaximumLength(PilotCommentary.TextLength).WithMessage("Keep a note to 4,000 characters; add a second note for more.");
        RuleFor(c => c.WrittenOn).LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The note's date cannot be in the future.");
    }
}

public sealed class AddPilotCommentaryHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<AddPilotCommentary, CommentaryNote>
{
    public async ValueTask<CommentaryNote> Handle(AddPilotCommentary command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (pilot, regionId) = await GetPilotForEditHandler.LoadAsync(db, command.PilotId, cancellationToken);
        EditSteps.DemandWrite(user, regionId, pilot.Target);

        var note = new PilotCommentary { PilotId = pilot.Id, WrittenOn = command.WrittenOn, Author = user.DisplayName, Text = command.Text.Trim() };
        db.PilotCommentary.Add(note);
        recording.Audit(db, user, pilot.Target, null, new { Commentary = note.Text, note.WrittenOn });
        // Announced apart from the pilot's status, so someone editing the status is not warned about a note.
        await recording.CommitAsync(db, user, $"commentary on {pilot.Target}", regionId, cancellationToken);
        return new CommentaryNote(note.WrittenOn, note.Author, note.Text);
    }
}
