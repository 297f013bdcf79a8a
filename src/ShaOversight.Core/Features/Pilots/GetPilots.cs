using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>
/// The seven FESC pilots side by side: the DoH view. Open to every role, because the DoH
/// promised to share the pilots' progress and lessons with the wider NHS.
/// </summary>
public sealed record GetPilots : IQuery<PilotTracker>;

public sealed record PilotTracker(IReadOnlyList<PilotSummary> Pilots);

/// <summary>One pilot's headline. The SHA of an SHA that is itself a pilot (East of England) is itself.</summary>
public sealed record PilotSummary(
    int Id,
    string Name,
    string OrganisationCode,
    string ShaCode,
    string ShaName,
    Rag Rag,
    string RagReason,
    DateOnly RagSetOn,
    MilestoneCounts Milestones,
    NextMilestone? NextMilestone,
    CommentaryNote? LatestCommentary,
    int Lessons);

public sealed record MilestoneCounts(int Complete, int Late, int AtRisk, int OnTrack, int NotStarted)
{
    public int Total => Complete + Late + AtRisk + OnTrack + NotStarted;

    public int Of(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Complete => Complete,
        MilestoneStatus.Late => Late,
        MilestoneStatus.AtRisk => AtRisk,
        MilestoneStatus.OnTrack => OnTrack,
        MilestoneStatus.NotStarted => NotStarted,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

/// <summary>The earliest-planned milestone not yet complete.</summary>
public sealed record NextMilestone(string Title, DateOnly PlannedOn, MilestoneStatus Status);

public sealed record CommentaryNote(DateOnly WrittenOn, string Author, string Text);

public sealed class GetPilotsHandler(IDbContextFactory<AppDbContext> contextFactory) : IQueryHandler<GetPilots, PilotTracker>
{
    public async ValueTask<PilotTracker> Handle(GetPilots query, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // One statement: the counts, the next milestone and the latest note are correlated subqueries.
        var pilots = await db.Pilots.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PilotSummary(
                p.Id,
                p.Name,
                p.Organisation.Code,
                p.Organisation.Parent == null ? p.Organisation.Code : p.Organisation.Parent.Code,
                p.Organisation.Parent == null ? p.Organisation.Name : p.Organisation.Parent.Name,
                p.Rag,
                p.RagReason,
                p.RagSetOn,
                new MilestoneCounts(
                    p.Milestones.Count(m => m.Status == MilestoneStatus.Complete),
                    p.Milestones.Count(m => m.Status == MilestoneStatus.Late),
                    p.Milestones.Count(m => m.Status == MilestoneStatus.AtRisk),
                    p.Milestones.Count(m => m.Status == MilestoneStatus.OnTrack),
                    p.Milestones.Count(m => m.Status == MilestoneStatus.NotStarted)),
                p.Milestones.Where(m => m.Status != MilestoneStatus.Complete)
                    .OrderBy(m => m.PlannedOn).ThenBy(m => m.Id)
                    .Select(m => new NextMilestone(m.Title, m.PlannedOn, m.Status))
                    .FirstOrDefault(),
                p.Commentary.OrderByDescending(c => c.WrittenOn).ThenByDescending(c => c.Id)
                    .Select(c => new CommentaryNote(c.WrittenOn, c.Author, c.Text))
                    .FirstOrDefault(),
                p.Lessons.Count()))
            .ToListAsync(cancellationToken);
        return new PilotTracker(pilots);
    }
}
