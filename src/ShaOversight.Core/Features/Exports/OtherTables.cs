using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;

namespace ShaOversight.Core.Features.Exports;

/// <summary>The England, PCT, contract and pilot pages' tables, from the same query results as the pages.</summary>
public static class OtherTables
{
    public static TableExport England(EnglandOverview overview) => new($"England {overview.Year.Label}",
        [
            new("Code", CellKind.Text), new("SHA", CellKind.Text), new("PCTs", CellKind.Integer),
            new("PCTs with a FESC contract awarded", CellKind.Integer), new("Uptake (%)", CellKind.Number),
            new("Contracts live", CellKind.Integer), new("Validated savings (£)", CellKind.Money), new("Phased target (£)", CellKind.Money),
            new("Achievement (%)", CellKind.Number), new("Mean WCC score", CellKind.Number), new("Pilots", CellKind.Integer),
        ],
        overview.Regions.Append(overview.England).Select(r => (IReadOnlyList<object?>)
        [
            r.Code, r.Name, r.PctCount, r.PctsWithContractAwarded, RegionTables.Percent(r.UptakeShare), r.ContractsLive,
            r.ValidatedSavings, r.PhasedTarget, RegionTables.Percent(r.Achievement), r.MeanCompetencyScore, r.Pilots,
        ]));

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

    public static TableExport PctJourney(PctDashboard pct) => new($"{pct.Pct.Name} FESC journey",
        [new("Stage", CellKind.Text), new("On", CellKind.Date), new("Note", CellKind.Text), new("Source", CellKind.Text)],
        pct.StageHistory.Select(s => (IReadOnlyList<object?>)[FescStageNames.Of(s.Stage), s.On, s.Note, s.Source]));

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

}
