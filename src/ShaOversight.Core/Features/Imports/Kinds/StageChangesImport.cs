using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Imports.Kinds;

/// <summary>
/// FESC stage changes: a buyer entering a stage on a date. A buyer's stage already recorded is
/// replaced by the file's date and note, so re-loading a month's changes is safe; the rest of
/// the buyer's history is kept.
/// </summary>
public sealed class StageChangesImport(TimeProvider clock) : IImportKind
{
    public const string BuyerColumn = "Organisation code";
    public const string StageColumn = "Stage";
    public const string DateColumn = "Date entered";
    public const string NoteColumn = "Note";

    /// <summary>FESC was announced in June 2007; the earliest seeded steps towards it are from January 2007.</summary>
    private static readonly DateOnly Earliest = new(2007, 1, 1);

    public static readonly ChoiceSet<FescStage> Stages = new(
        ("Interest expressed", FescStage.InterestExpressed),
        ("Business case drafted", FescStage.BusinessCaseDrafted),
        ("Board approved", FescStage.BoardApproved),
        ("Invitation to tender issued", FescStage.InvitationToTenderIssued),
        ("Preferred bidder named", FescStage.PreferredBidderNamed),
        ("Contract awarded", FescStage.ContractAwarded),
        ("Live", FescStage.Live),
        ("Ended", FescStage.Ended),
        ("Withdrawn", FescStage.Withdrawn),
        ("ITT issued", FescStage.InvitationToTenderIssued));

    public ImportKind Kind => ImportKind.StageChanges;
    public string Title => "FESC stage changes";
    public string Description => "A buyer (PCT, SHA or agency) entering a stage of using FESC, with the date. A stage already recorded for the buyer is replaced.";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(BuyerColumn, "The buyer's organisation code, e.g. 5AT for Hillingdon PCT."),
        new(StageColumn, $"One of: {string.Join(", ", Stages.Labels)}."),
        new(DateColumn, "The date the buyer entered the stage, as day/month/year."),
        new(NoteColumn, "Anything the board should know, up to 400 characters.", Required: false),
    ];

    public IReadOnlyList<string[]> ExampleRows { get; } =
    [
        ["5AT", "Contract awarded", "01/11/2007", "BUPA Commissioning appointed"],
        ["5AT", "Live", "01/12/2007", ""],
    ];

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var duplicates = new DuplicateRows<(int, FescStage)>("the same buyer and stage");
        var wanted = new List<(OrganisationInScope Buyer, FescStage Stage, DateOnly On, string? Note)>();
        foreach (var row in rows)
        {
            var code = row.Required(BuyerColumn, 12);
            var stage = row.Choice(StageColumn, required: true, Stages);
            var on = row.Date(DateColumn, required: true);
            var note = row.Text(NoteColumn, 400);
            if (on is { } date && (date < Earliest || date > today))
                row.Problem(DateColumn, $"{date:dd/MM/yyyy} is {(date < Earliest ? "before FESC began (2007)" : "in the future")}.");
            var buyer = await context.WritableOrganisationAsync(row, BuyerColumn, code, cancellationToken);
            if (buyer is null || stage is not { } entered || row.HasProblems) continue;
            if (duplicates.IsFirst(row, (buyer.Id, entered))) wanted.Add((buyer, entered, on!.Value, note));
        }

        var plan = new TrackedImportPlan();
        if (context.Problems.Count > 0) return plan;

        var buyerIds = wanted.Select(w => w.Buyer.Id).Distinct().ToList();
        var held = await context.Db.StageChanges
            .Where(s => buyerIds.Contains(s.BuyerId))
            .ToListAsync(cancellationToken);
        foreach (var (buyer, stage, on, note) in wanted)
        {
            plan.RegionIds.Add(buyer.RegionId);
            var existing = held.Where(s => s.BuyerId == buyer.Id && s.Stage == stage).OrderByDescending(s => s.ChangedOn).FirstOrDefault();
            if (existing is null)
            {
                plan.Add(new StageChange { BuyerId = buyer.Id, Stage = stage, ChangedOn = on, Note = note });
            }
            else if (existing.ChangedOn != on || existing.Note != note)
            {
                var before = $"{existing.ChangedOn:dd/MM/yyyy} {existing.Note}".Trim();
                existing.ChangedOn = on;
                existing.Note = note;
                plan.Change(existing, new RecordChange($"{buyer.Code} {Stages.LabelOf(stage)}", before, $"{on:dd/MM/yyyy} {note}".Trim()));
            }
            else
            {
                plan.LeaveAlone();
            }
        }
        return plan;
    }
}
