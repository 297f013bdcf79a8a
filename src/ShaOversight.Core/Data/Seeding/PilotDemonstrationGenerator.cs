using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// Milestones, RAG and commentary for the seven pilots, planned against the dates their
/// FESC stage history actually reached. Lessons come from the seed articles instead.
/// </summary>
public sealed class PilotDemonstrationGenerator(DemoRandom random, DemonstrationScope scope)
{
    private static readonly (FescStage Stage, string Title)[] MilestonePlan =
    [
        (FescStage.BusinessCaseDrafted, "Strategic outline case drafted"),
        (FescStage.BoardApproved, "Board approves use of FESC"),
        (FescStage.InvitationToTenderIssued, "Invitation to tender issued (mini-competition)"),
        (FescStage.PreferredBidderNamed, "Preferred bidder named"),
        (FescStage.ContractAwarded, "Contract awarded"),
        (FescStage.Live, "Service live"),
    ];

    public void Complete(Pilot pilot, IReadOnlyList<StageChange> history)
    {
        var planStart = history.Count > 0 ? history.Min(s => s.ChangedOn) : new DateOnly(2007, 10, 1);
        var planned = planStart;
        var reached = history.ToDictionary(s => s.Stage, s => s.ChangedOn);
        var slipDays = 0;
        foreach (var (stage, title) in MilestonePlan)
        {
            planned = planned.AddDays(random.Between(45, 75));
            reached.TryGetValue(stage, out var actual);
            var milestone = new PilotMilestone { Title = title, PlannedOn = planned };
            if (actual != default)
            {
                milestone.ActualOn = actual;
                milestone.Status = MilestoneStatus.Complete;
                slipDays = Math.Max(0, actual.DayNumber - planned.DayNumber);
            }
            else
            {
                milestone.Status = planned < scope.DataEndsOn ? MilestoneStatus.Late
                    : planned < scope.DataEndsOn.AddDays(60) ? MilestoneStatus.AtRisk
                    : MilestoneStatus.OnTrack;
            }
            pilot.Milestones.Add(milestone);
        }
        var lessonsDue = planned.AddDays(180);
        pilot.Milestones.Add(new PilotMilestone
        {
            Title = "Lessons shared with the wider NHS",
            PlannedOn = lessonsDue,
            // The DoH promised to share lessons; once the date has passed, not sharing them is late.
            Status = lessonsDue < scope.DataEndsOn ? MilestoneStatus.Late : MilestoneStatus.NotStarted,
        });

        var late = pilot.Milestones.Count(m => m.Status == MilestoneStatus.Late);
        (pilot.Rag, pilot.RagReason) = late switch
        {
            0 when slipDays < 45 => (Rag.Green, "Milestones met to plan."),
            0 => (Rag.Amber, $"Last milestone met {slipDays} days after plan."),
            1 => (Rag.Amber, "One milestone past its planned date."),
            _ => (Rag.Red, $"{late} milestones past their planned dates."),
        };
        pilot.RagSetOn = scope.DataEndsOn;
        foreach (var note in new PilotCommentaryWriter(random, scope.DataEndsOn).Write(pilot)) pilot.Commentary.Add(note);
    }
}
