using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>A pilot's status and milestones as they stand, with their versions, for the forms that update them.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record GetPilotForEdit(int Id) : IQuery<PilotValues>;

public sealed record PilotValues(int Id, string Name, Rag Rag, string RagReason, DateOnly RagSetOn, int Version, IReadOnlyList<MilestoneValues> Milestones) : IEditedValues
{
    public static string TargetFor(string pilotName) => $"pilot {pilotName}";

    public string Target => TargetFor(Name);

    /// <summary>False for a month or round no one has recorded yet.</summary>
    public bool IsStored => true;
}

public sealed record MilestoneValues(int Id, int PilotId, string PilotName, string Title, DateOnly PlannedOn, DateOnly? ActualOn, MilestoneStatus Status, int Version) : IEditedValues
{
    public static string TargetFor(string pilotName, string title) => $"milestone '{title}' of pilot {pilotName}";

    public string Target => TargetFor(PilotName, Title);

    /// <summary>False for a month or round no one has recorded yet.</summary>
    public bool IsStored => true;
}

public sealed class GetPilotForEditHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetPilotForEdit, PilotValues>
{
    public async ValueTask<PilotValues> Handle(GetPilotForEdit query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (values, regionId) = await LoadAsync(db, query.Id, cancellationToken);
        EditSteps.DemandWrite(user, regionId, values.Target);
        return values;
    }

    internal static async Task<(PilotValues Values, int RegionId)> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var found = await db.Pilots.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                RegionId = p.Organisation.ParentId ?? p.OrganisationId,
                Values = new PilotValues(p.Id, p.Name, p.Rag, p.RagReason, p.RagSetOn, p.Version,
                    p.Milestones.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id)
                        .Select(m => new MilestoneValues(m.Id, 0, "", m.Title, m.PlannedOn, m.ActualOn, m.Status, m.Version)).ToList()),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Pilot {id}");
        // The pilot's own fields are filled in here: inside the subquery SQLite would need an APPLY.
        var milestones = found.Values.Milestones.Select(m => m with { PilotId = found.Values.Id, PilotName = found.Values.Name }).ToList();
        return (found.Values with { Milestones = milestones }, found.RegionId);
    }

    /// <summary>The pilot a milestone belongs to, loaded for an edit of that milestone.</summary>
    internal static async Task<(PilotValues Values, int RegionId)> LoadForMilestoneAsync(AppDbContext db, int milestoneId, CancellationToken cancellationToken)
    {
        var pilotId = await db.PilotMilestones.Where(m => m.Id == milestoneId).Select(m => (int?)m.PilotId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Milestone {milestoneId}");
        return await LoadAsync(db, pilotId, cancellationToken);
    }
}
