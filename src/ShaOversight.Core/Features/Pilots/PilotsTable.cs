using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>The pilot tracker: the seven pilots side by side, each opening its own page.</summary>
public sealed class PilotsTable : FeatureTable<PilotTracker, PilotSummary>
{
    public const string Pilot = "Pilot";
    public const string Sha = "SHA";
    public const string Rag = "RAG";
    public const string Complete = "Milestones complete";
    public const string Late = "Late";
    public const string NextMilestone = "Next milestone";
    public const string NextPlanned = "Next milestone planned";
    private const string Reason = "Reason";
    private const string LatestCommentary = "Latest commentary";

    public override string Key => "pilots";
    public override TableSubject Subject => TableSubject.England;
    public override string Description => "The seven FESC pilots (the pilot tracker).";

    private static readonly TableColumns<PilotSummary> Columns = new()
    {
        new(Pilot, CellKind.Text, p => p.Name) { Link = p => new TableLink(TableSubject.Pilot, $"{p.Id}") },
        new("Organisation code", CellKind.Text, p => p.OrganisationCode) { Under = Pilot },
        new(Sha, CellKind.Text, p => p.ShaName) { Under = Pilot },
        new(Rag, CellKind.Text, p => p.Rag.ToString()),
        new(Reason, CellKind.Text, p => p.RagReason),
        new("RAG set on", CellKind.Date, p => p.RagSetOn) { Under = Reason },
        new(Complete, CellKind.Integer, p => p.Milestones.Complete),
        new(Late, CellKind.Integer, p => p.Milestones.Late) { Under = Complete },
        new("At risk", CellKind.Integer, p => p.Milestones.AtRisk) { Under = Complete },
        new("On track", CellKind.Integer, p => p.Milestones.OnTrack) { Under = Complete },
        new("Not started", CellKind.Integer, p => p.Milestones.NotStarted) { Under = Complete },
        new(NextMilestone, CellKind.Text, p => p.NextMilestone?.Title) { Display = p => p.NextMilestone?.Title ?? "All complete" },
        new(NextPlanned, CellKind.Date, p => p.NextMilestone?.PlannedOn) { Under = NextMilestone },
        new(LatestCommentary, CellKind.Text, p => p.LatestCommentary?.Text) { Display = p => p.LatestCommentary?.Text ?? "None yet" },
        new("Commentary written on", CellKind.Date, p => p.LatestCommentary?.WrittenOn) { Under = LatestCommentary },
        new("Lessons", CellKind.Integer, p => p.Lessons),
    };

    public override TableColumns<PilotSummary> ColumnsFor(PilotTracker source) => Columns;
    public override string TitleOf(PilotTracker source) => "FESC pilots";
    public override string SubjectNameOf(PilotTracker source) => "fesc";
    protected override IEnumerable<PilotSummary> RowsOf(PilotTracker source, TableFilters filters) => source.Pilots;

    public override async ValueTask<PilotTracker> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetPilots(), cancellationToken);
}
