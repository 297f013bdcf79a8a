using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>Sets a pilot's overall red/amber/green status, why, and the date it was assessed.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record SetPilotStatus(int Id, Rag Rag, string Reason, DateOnly SetOn, int Version) : ICommand<EditOutcome<PilotValues>>;

public sealed class SetPilotStatusValidator : AbstractValidator<SetPilotStatus>
{
    public SetPilotStatusValidator(TimeProvider clock)
    {
        RuleFor(c => c.Rag).IsInEnum().WithMessage("Choose red, amber or green.");
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the pilot has this status: boards read the reason first.")
            .MaximumLength(Pilot.RagReasonLength).WithMessage("Keep the reason to 1,000 characters.");
        RuleFor(c => c.SetOn).LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The status date cannot be in the future.");
    }
}

public sealed class SetPilotStatusHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<SetPilotStatus, EditOutcome<PilotValues>>
{
    public async ValueTask<EditOutcome<PilotValues>> Handle(SetPilotStatus command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (before, regionId) = await GetPilotForEditHandler.LoadAsync(db, command.Id, cancellationToken);
        EditSteps.DemandWrite(user, regionId, before.Target);

        var pilot = await db.Pilots.SingleAsync(p => p.Id == command.Id, cancellationToken);
        EditSteps.ExpectVersion(db, pilot, command.Version);
        (pilot.Rag, pilot.RagReason, pilot.RagSetOn) = (command.Rag, command.Reason.Trim(), command.SetOn);
        var after = before with { Rag = pilot.Rag, RagReason = pilot.RagReason, RagSetOn = pilot.RagSetOn };
        recording.Audit(db, user, before.Target, new { before.Rag, before.RagReason, before.RagSetOn }, new { after.Rag, after.RagReason, after.RagSetOn });
        return await recording.SaveAsync(db, user, regionId, () => after with { Version = pilot.Version },
            async fresh => (await GetPilotForEditHandler.LoadAsync(fresh, command.Id, cancellationToken)).Values, cancellationToken);
    }
}
