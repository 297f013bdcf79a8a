using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>One FESC pilot in full. Open to every role, like the tracker.</summary>
public sealed record GetPilot(int Id) : IQuery<PilotDetail>;

public sealed record PilotDetail(
    int Id,
    string Name,
    string OrganisationCode,
    int ShaId,
    string ShaCode,
    string ShaName,
    string Aim,
    string? AimSource,
    Rag Rag,
    string RagReason,
    DateOnly RagSetOn,
    IReadOnlyList<MilestoneRow> Milestones,
    IReadOnlyList<CommentaryNote> Commentary,
    IReadOnlyList<LessonRow> Lessons)
{
    /// <summary>The FESC contracts the pilot's body let, those the user may open, so the pilot and its contracts link both ways.</summary>
    public IReadOnlyList<PilotContract> Contracts { get; init; } = [];
}

public sealed record PilotContract(int Id, string Reference, string Title, string Supplier);

/// <summary>
/// A milestone against its plan. DaysLate is actual minus planned once met (negative when early);
/// for one still open it counts to the pilot's status date, and is null while not yet due.
/// </summary>
public sealed record MilestoneRow(int Id, string Title, DateOnly PlannedOn, DateOnly? ActualOn, MilestoneStatus Status, int? DaysLate);

public sealed record LessonRow(DateOnly RecordedOn, string Text, string? Source);

public sealed class GetPilotHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access) : IQueryHandler<GetPilot, PilotDetail>
{
    public async ValueTask<PilotDetail> Handle(GetPilot query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pilot = await db.Pilots.AsNoTracking().AsSplitQuery()
            .Where(p => p.Id == query.Id)
            .Select(p => new PilotDetail(p.Id, p.Name, p.Organisation.Code,
                p.Organisation.ParentId ?? p.OrganisationId,
                p.Organisation.Parent == null ? p.Organisation.Code : p.Organisation.Parent.Code,
                p.Organisation.Parent == null ? p.Organisation.Name : p.Organisation.Parent.Name,
                p.Aim, p.Source, p.Rag, p.RagReason, p.RagSetOn,
                p.Milestones.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id)
                    .Select(m => new MilestoneRow(m.Id, m.Title, m.PlannedOn, m.ActualOn, m.Status, null)).ToList(),
                p.Commentary.OrderByDescending(c => c.WrittenOn).ThenByDescending(c => c.Id)
                    .Select(c => new CommentaryNote(c.WrittenOn, c.Author, c.Text)).ToList(),
                p.Lessons.OrderBy(l => l.RecordedOn).ThenBy(l => l.Id)
                    .Select(l => new LessonRow(l.RecordedOn, l.Text, l.Source)).ToList()))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Pilot {query.Id}");

        // Day arithmetic does not translate to SQL on both providers, and there are only a handful of rows.
        var milestones = pilot.Milestones.Select(m => m with { DaysLate = DaysLate(m.PlannedOn, m.ActualOn, pilot.RagSetOn) }).ToList();
        return pilot with { Milestones = milestones, Contracts = await ContractsAsync(db, pilot, cancellationToken) };
    }

    /// <summary>The same reading rule as the contract page: the region's users, or a PCT chief executive the contract serves.</summary>
    private async Task<IReadOnlyList<PilotContract>> ContractsAsync(AppDbContext db, PilotDetail pilot, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        var ownPct = user.Role == Role.Pct ? user.Organisation?.Id : null;
        var mayReadAll = user.CanSeeRegion(pilot.ShaId);
        return await db.Contracts.AsNoTracking()
            .Where(c => c.Buyer.Code == pilot.OrganisationCode && (mayReadAll || c.Coverage.Any(cv => cv.PctId == ownPct)))
            .OrderBy(c => c.Reference)
            .Select(c => new PilotContract(c.Id, c.Reference, c.Title, c.Supplier.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Days past plan: to the actual date once met, otherwise to the status date once the plan has passed.</summary>
    public static int? DaysLate(DateOnly plannedOn, DateOnly? actualOn, DateOnly asAt) => actualOn is { } actual
        ? actual.DayNumber - plannedOn.DayNumber
        : plannedOn < asAt ? asAt.DayNumber - plannedOn.DayNumber : null;
}
