using System.Globalization;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// Demonstration commentary written from a pilot's own milestones: a note soon after each of its
/// last milestones met, saying how it went against plan, then a status note on the status date
/// that agrees with the RAG rating. Wording varies through the seeded random source.
/// </summary>
public sealed class PilotCommentaryWriter(DemoRandom random, DateOnly statusDate)
{
    /// <summary>Milestones within this many days of plan count as met on plan, as the RAG rule allows.</summary>
    public const int OnPlanDays = 7;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] EarlyNotes =
    [
        "{0} done on {1}, {2} days ahead of plan.",
        "{0} came in {2} days early ({1}); the team has banked the time for mobilisation.",
    ];
    private static readonly string[] OnPlanNotes =
    [
        "{0} done on {1}, as planned.",
        "{0} met to plan on {1}.",
    ];
    private static readonly string[] LateNotes =
    [
        "{0} done on {1}, {2} days later than planned; the later milestones keep their dates.",
        "{0} slipped {2} days, to {1}; the project board accepted the revised plan.",
    ];

    public IReadOnlyList<PilotCommentary> Write(Pilot pilot)
    {
        var notes = new List<PilotCommentary>();
        var met = pilot.Milestones.Where(m => m.ActualOn is not null).OrderBy(m => m.ActualOn).TakeLast(2);
        foreach (var milestone in met)
        {
            var writtenOn = Min(milestone.ActualOn!.Value.AddDays(random.Between(3, 21)), statusDate);
            notes.Add(Note(writtenOn, OnMet(milestone)));
        }
        var lastWritten = notes.Count > 0 ? notes[^1].WrittenOn : statusDate.AddDays(-30);
        var statusWrittenOn = Max(statusDate.AddDays(-random.Between(0, 14)), lastWritten);
        notes.Add(Note(statusWrittenOn, OnStatus(pilot)));
        return notes;
    }

    private string OnMet(PilotMilestone milestone)
    {
        var daysLate = milestone.ActualOn!.Value.DayNumber - milestone.PlannedOn.DayNumber;
        var phrases = daysLate < -OnPlanDays ? EarlyNotes : daysLate > OnPlanDays ? LateNotes : OnPlanNotes;
        return string.Format(EnGb, random.Pick(phrases), milestone.Title, Date(milestone.ActualOn.Value), Math.Abs(daysLate));
    }

    private static readonly string[] OneLateNotes =
    [
        "'{0}' is past its planned date of {1}; a revised date goes to the next project board.",
        "Still waiting on '{0}', planned for {1}; the project lead has proposed a new date to the SHA.",
        "'{0}' has not happened yet (planned {1}). Everything before it is done.",
    ];
    private static readonly string[] ManyLateNotes =
    [
        "{2} milestones are past their planned dates, the oldest '{0}' (due {1}). The SHA has asked for a recovery plan.",
        "{2} milestones are overdue, starting with '{0}', planned for {1}. The pilot is escalated to the SHA board.",
    ];

    /// <summary>The latest word: the same milestones the RAG rating was set from, in plain words.</summary>
    private string OnStatus(Pilot pilot)
    {
        var open = pilot.Milestones.Where(m => m.Status != MilestoneStatus.Complete).OrderBy(m => m.PlannedOn).ToList();
        var late = open.Where(m => m.Status == MilestoneStatus.Late).ToList();
        var next = open.FirstOrDefault();
        return (pilot.Rag, late.Count, next) switch
        {
            (Rag.Red, _, _) => string.Format(EnGb, random.Pick(ManyLateNotes), late[0].Title, Date(late[0].PlannedOn), late.Count),
            (_, 1, _) => string.Format(EnGb, random.Pick(OneLateNotes), late[0].Title, Date(late[0].PlannedOn)),
            (Rag.Amber, _, _) => $"Behind the original plan: {pilot.RagReason.TrimEnd('.').ToLower(EnGb)}. " + NextText(next),
            (_, _, null) => "Every milestone met. The service is live and the pilot's lessons are shared.",
            _ => "On track: no milestone is past its planned date. " + NextText(next),
        };
    }

    private static string NextText(PilotMilestone? next) => next is null
        ? "No milestones remain."
        : $"Next: '{next.Title}', due {Date(next.PlannedOn)}{(next.Status == MilestoneStatus.AtRisk ? ", and at risk" : "")}.";

    private static PilotCommentary Note(DateOnly writtenOn, string text) =>
        new() { WrittenOn = writtenOn, Author = "Pilot project lead", Text = text };

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", EnGb);
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
