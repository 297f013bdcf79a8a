using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;

namespace ShaOversight.Core.Features.Exports;

/// <summary>The England, PCT, contract and pilot pages' tables, from the same query results as the pages.</summary>
public static class OtherTables
{
    public static TableExport Pilots(PilotTracker tracker) => new("FESC pilots",
        [
            new("Pilot", CellKind.Text), new("Organisation code", CellKind.Text), new("SHA", CellKind.Text), new("RAG", CellKind.Text),
            new("Reason", CellKind.Text), new("RAG set on", CellKind.Date), new("Milestones complete", CellKind.Integer),
            new("Late", CellKind.Integer), new("At risk", CellKind.Integer), new("On track", CellKind.Integer),
            new("Not started", CellKind.Integer), new("Next milestone", CellKind.Text), new("Next milestone planned", CellKind.Date),
            new("Latest commentary", CellKind.Text), new("Commentary written on", CellKind.Date), new("Lessons", CellKind.Integer),
        ],
        tracker.Pilots.Select(p => (IReadOnlyList<object?>)
        [
            p.Name, p.OrganisationCode, p.ShaName, p.Rag.ToString(), p.RagReason, p.RagSetOn, p.Milestones.Complete, p.Milestones.Late,
            p.Milestones.AtRisk, p.Milestones.OnTrack, p.Milestones.NotStarted, p.NextMilestone?.Title, p.NextMilestone?.PlannedOn,
            p.LatestCommentary?.Text, p.LatestCommentary?.WrittenOn, p.Lessons,
        ]));

    /// <summary>Behind the radar chart: the PCT's scores against the regional and national medians.</summary>
    public static TableExport PctRatings(PctDashboard pct) => new($"{pct.Pct.Name} WCC {pct.Year.Label}",
        [
            new("Competency", CellKind.Integer), new("Name", CellKind.Text), new("Score", CellKind.Integer),
            new($"Score {pct.Year.Previous.Label}", CellKind.Integer), new("Regional median", CellKind.Number),
            new("National median", CellKind.Number),
        ],
        pct.Ratings.Competencies.Select((c, i) => (IReadOnlyList<object?>)
        [
            c.Number, c.Name, pct.Ratings.Scores[i], pct.Ratings.PreviousScores.ElementAtOrDefault(i),
            pct.Ratings.RegionMedians[i], pct.Ratings.NationalMedians[i],
        ]));

    public static TableExport PilotMilestones(PilotDetail pilot) => new($"{pilot.Name} milestones",
        [
            new("Milestone", CellKind.Text), new("Planned", CellKind.Date), new("Actual", CellKind.Date), new("Status", CellKind.Text),
            new("Days late (negative: early)", CellKind.Integer),
        ],
        pilot.Milestones.Select(m => (IReadOnlyList<object?>)[m.Title, m.PlannedOn, m.ActualOn, MilestoneStatusNames.Of(m.Status), m.DaysLate]));

    public static TableExport PilotCommentary(PilotDetail pilot) => new($"{pilot.Name} commentary",
        [new("Kind", CellKind.Text), new("On", CellKind.Date), new("Author or source", CellKind.Text), new("Text", CellKind.Text)],
        pilot.Commentary.Select(c => (IReadOnlyList<object?>)["Commentary", c.WrittenOn, c.Author, c.Text])
            .Concat(pilot.Lessons.Select(l => (IReadOnlyList<object?>)["Lesson", l.RecordedOn, l.Source, l.Text])));

    public static TableExport ContractMonths(ContractDetail contract) => new($"{contract.Reference} months",
        [
            new("Month", CellKind.Date), new("Phased target (£)", CellKind.Money), new("Claimed (£)", CellKind.Money),
            new("Validated (£)", CellKind.Money), new("Cumulative target (£)", CellKind.Money), new("Cumulative validated (£)", CellKind.Money),
        ],
        contract.Months.Select(m => (IReadOnlyList<object?>)
            [m.Month, m.Target, m.Claimed, m.Validated, m.CumulativeTarget, m.CumulativeValidated]));

    public static TableExport ContractSpc(ContractDetail contract) =>
        SpcTable.From($"{contract.Reference} validated savings against target SPC", SpcTable.AchievementHeader, CellKind.Number, contract.AchievementSpc,
            contract.AchievementNotes);
}
