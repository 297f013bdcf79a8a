using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>Records a milestone's progress: its status, and the date it was met once complete.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record UpdateMilestone(int Id, DateOnly? ActualOn, MilestoneStatus Status, int Version) : ICommand<EditOutcome<MilestoneValues>>;

public sealed class UpdateMilestoneValidator : AbstractValidator<UpdateMilestone>
{
    public UpdateMilestoneValidator(TimeProvider clock)
    {
        RuleFor(c => c.Status).IsInEnum().WithMessage("Choose one of the statuses listed.");
        RuleFor(c => c.ActualOn).NotNull().When(c => c.Status == MilestoneStatus.Complete)
            .WithMessage("A complete milestone needs the date it was met.");
        RuleFor(c => c.ActualOn).Null().When(c => c.Status != MilestoneStatus.Complete)
            .WithMessage("Only a complete milestone has a date met. Clear the date, or mark the milestone complete.");
        RuleFor(c => c.ActualOn).LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).When(c => c.ActualOn is not null)
            .WithMessage("The date met cannot be in the future.");
    }
}

public sealed class UpdateMilestoneHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<UpdateMilestone, EditOutcome<MilestoneValues>>
{
    public async ValueTask<EditOutcome<MilestoneValues>> Handle(UpdateMilestone command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (pilot, regionId) = await GetPilotForEditHandler.LoadForMilestoneAsync(db, command.Id, cancellationToken);
        var before = pilot.Milestones.Single(m => m.Id == command.Id);
        EditSteps.DemandWrite(user, regionId, before.Target);

        var milestone = await db.PilotMilestones.SingleAsync(m => m.Id == command.Id, cancellationToken);
        EditSteps.ExpectVersion(db, milestone, command.Version);
        (milestone.ActualOn, milestone.Status) = (command.ActualOn, command.Status);
        var after = before with { ActualOn = command.ActualOn, Status = command.Status };
        recording.Audit(db, user, before.Target, new { before.Status, before.ActualOn }, new { after.Status, after.ActualOn });
        return await recording.SaveAsync(db, user, regionId, () => after with { Version = milestone.Version },
            async fresh => (await GetPilotForEditHandler.LoadAsync(fresh, pilot.Id, cancellationToken)).Values.Milestones.Single(m => m.Id == command.Id),
            cancellationToken);
    }
}
