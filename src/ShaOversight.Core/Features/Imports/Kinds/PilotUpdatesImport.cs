using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Imports.Kinds;

/// <summary>
/// Updates to the FESC pilots, one per row: a milestone's dates and status, the pilot's RAG
/// with its reason, or a new piece of commentary. A milestone is matched by title; the same
/// commentary loaded twice is recognised and left alone.
/// </summary>
public sealed class PilotUpdatesImport : IImportKind
{
    public const string PilotColumn = "Pilot code";
    public const string UpdateColumn = "Update";
    public const string TitleColumn = "Title or author";
    public const string DateColumn = "Date";
    public const string ActualColumn = "Actual date";
    public const string StatusColumn = "Status";
    public const string TextColumn = "Text";

    private enum Update { Milestone, Rag, Commentary }

    private static readonly ChoiceSet<Update> Updates = new(("Milestone", Update.Milestone), ("RAG", Update.Rag), ("Commentary", Update.Commentary), ("Comment", Update.Commentary));
    private static readonly ChoiceSet<MilestoneStatus> MilestoneStatuses = new(
        ("Not started", MilestoneStatus.NotStarted), ("On track", MilestoneStatus.OnTrack), ("At risk", MilestoneStatus.AtRisk),
        ("Late", MilestoneStatus.Late), ("Complete", MilestoneStatus.Complete));
    private static readonly ChoiceSet<Rag> Rags = new(("Red", Rag.Red), ("Amber", Rag.Amber), ("Green", Rag.Green));

    public ImportKind Kind => ImportKind.PilotUpdates;
    public string Title => "Pilot milestones, RAG and commentary";
    public string Description => "One update per row for a FESC pilot: a milestone, the pilot's RAG rating with its reason, or commentary.";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(PilotColumn, "The pilot's organisation code, e.g. 5AT for Hillingdon PCT."),
        new(UpdateColumn, "Milestone, RAG or Commentary."),
        new(TitleColumn, "For a milestone, its title (an existing title updates it); for commentary, who wrote it.", Required: false),
        new(DateColumn, "Milestone: the planned date. RAG: the date it was set. Commentary: the date written. Day/month/year."),
        new(ActualColumn, "Milestone only: the date it was actually met, if it has been.", Required: false),
        new(StatusColumn, "Milestone: Not started, On track, At risk, Late or Complete. RAG: Red, Amber or Green.", Required: false),
        new(TextColumn, "RAG: the reason for the rating. Commentary: the commentary itself.", Required: false),
    ];

    public IReadOnlyList<string[]> ExampleRows { get; } =
    [
        ["5AT", "Milestone", "First savings validated", "31/03/2008", "15/04/2008", "Complete", ""],
        ["5AT", "RAG", "", "31/03/2010", "", "Amber", "Validated savings are behind the phased target."],
        ["5AT", "Commentary", "Programme director", "31/03/2010", "", "", "The quarterly review agreed a recovery plan with the supplier."],
    ];

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var pilots = await db.Pilots
            .Include(p => p.Milestones).Include(p => p.Commentary)
            .ToDictionaryAsync(p => p.OrganisationId, cancellationToken);
        var milestoneRows = new DuplicateRows<(int, string)>("the same pilot and milestone");
        var ragRows = new DuplicateRows<int>("a second RAG for the same pilot");
        var commentaryRows = new DuplicateRows<(int, DateOnly, string)>("the same commentary");
        var plan = new TrackedImportPlan();

        foreach (var row in rows)
        {
            var code = row.Required(PilotColumn, 12);
            var update = row.Choice(UpdateColumn, required: true, Updates);
            var title = row.Text(TitleColumn, 200);
            var date = row.Date(DateColumn, required: true);
            var text = row.Text(TextColumn, PilotCommentary.TextLength);
            var organisation = await context.WritableOrganisationAsync(row, PilotColumn, code, cancellationToken);
            Pilot? pilot = null;
            if (organisation is not null && !pilots.TryGetValue(organisation.Id, out pilot))
                row.Problem(PilotColumn, $"{organisation.Name} is not one of the FESC pilots.");

            switch (update)
            {
                case Update.Milestone:
                    var actual = row.Date(ActualColumn, required: false);
                    var status = row.Choice(StatusColumn, required: true, MilestoneStatuses);
                    if (title is null) row.Problem(TitleColumn, "a milestone needs its title.");
                    if (status == MilestoneStatus.Complete && actual is null) row.Problem(ActualColumn, "a complete milestone needs the date it was met.");
                    if (status is { } s && s != MilestoneStatus.Complete && actual is not null) row.Problem(StatusColumn, "a milestone with an actual date is Complete.");
                    context.NotInFuture(row, ActualColumn, actual, "the date met");
                    if (pilot is null || row.HasProblems || !milestoneRows.IsFirst(row, (pilot.Id, title!.ToUpperInvariant()))) continue;
                    PlanMilestone(plan, pilot, title!, date!.Value, actual, status!.Value);
                    break;
                case Update.Rag:
                    var rag = row.Choice(StatusColumn, required: true, Rags);
                    if (text is null) row.Problem(TextColumn, "a RAG rating needs its reason.");
                    else if (text.Length > Pilot.RagReasonLength)
                        row.Problem(TextColumn, $"is {text.Length} characters long; a RAG reason is at most {Pilot.RagReasonLength:N0}.");
                    context.NotInFuture(row, DateColumn, date, "the status date");
                    if (pilot is null || row.HasProblems || !ragRows.IsFirst(row, pilot.Id)) continue;
                    PlanRag(plan, pilot, rag!.Value, text!, date!.Value);
                    break;
                case Update.Commentary:
                    if (title is null) row.Problem(TitleColumn, "commentary needs its author.");
                    if (text is null) row.Problem(TextColumn, "the commentary is missing.");
                    context.NotInFuture(row, DateColumn, date, "the note's date");
                    if (pilot is null || row.HasProblems || !commentaryRows.IsFirst(row, (pilot.Id, date!.Value, text!))) continue;
                    if (pilot.Commentary.Any(c => c.WrittenOn == date && c.Text == text)) plan.LeaveAlone();
                    else plan.Add(new PilotCommentary { PilotId = pilot.Id, WrittenOn = date!.Value, Author = title!, Text = text! });
                    break;
            }
            if (pilot is not null) plan.RegionIds.Add(organisation!.RegionId);
        }
        return plan;
    }

    private static void PlanMilestone(TrackedImportPlan plan, Pilot pilot, string title, DateOnly planned, DateOnly? actual, MilestoneStatus status)
    {
        var milestone = pilot.Milestones.FirstOrDefault(m => string.Equals(m.Title, title, StringComparison.OrdinalIgnoreCase));
        if (milestone is null)
        {
            plan.Add(new PilotMilestone { PilotId = pilot.Id, Title = title, PlannedOn = planned, ActualOn = actual, Status = status });
            return;
        }
        var before = $"planned {milestone.PlannedOn:dd/MM/yyyy}, actual {milestone.ActualOn:dd/MM/yyyy}, {milestone.Status}";
        milestone.PlannedOn = planned;
        milestone.ActualOn = actual;
        milestone.Status = status;
        var after = $"planned {planned:dd/MM/yyyy}, actual {actual:dd/MM/yyyy}, {status}";
        if (before == after) plan.LeaveAlone();
        else plan.Change(milestone, new RecordChange($"{pilot.Name}: {milestone.Title}", before, after));
    }

    private static void PlanRag(TrackedImportPlan plan, Pilot pilot, Rag rag, string reason, DateOnly setOn)
    {
        var before = $"{pilot.Rag} on {pilot.RagSetOn:dd/MM/yyyy}: {pilot.RagReason}";
        pilot.Rag = rag;
        pilot.RagReason = reason;
        pilot.RagSetOn = setOn;
        var after = $"{rag} on {setOn:dd/MM/yyyy}: {reason}";
        if (before == after) plan.LeaveAlone();
        else plan.Change(pilot, new RecordChange($"{pilot.Name}: RAG", before, after));
    }
}
