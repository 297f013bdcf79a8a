using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Summaries;

/// <summary>How a summary figure reads: a share (0 to 1), a percentage (0 to 100), pounds, a 1–4 score, a multiple, or a count.</summary>
public enum MeasureUnit
{
    Share,

    /// <summary>Already a percentage, as an SPC series of percentages holds it.</summary>
    Percent,
    Money,
    Score,
    Ratio,
    Count,
}

/// <summary>
/// A line of an icon summary: the metric, its latest value and target, and the XmR result its
/// icons come from. A measure that is not a monthly series has no icons, and says why.
/// </summary>
public sealed record SummaryMeasure(string Metric, decimal? Latest, decimal? Target, MeasureUnit Unit, XmrResult? Spc, string? WhyNoIcons = null);

/// <summary>
/// The icon summary each page opens with, built once here so the page and its download say the
/// same thing in the same words.
/// </summary>
public static class IconSummaries
{
    public static IReadOnlyList<SummaryMeasure> England(EnglandOverview overview, DashboardSettings settings) =>
    [
        new("Share of England's PCTs with a FESC contract awarded", overview.England.UptakeShare, null, MeasureUnit.Share, null,
            "A share on the as-at date; each SHA's trend is on its page"),
        new("Validated savings against the target to date", overview.England.Achievement, settings.GreenFrom, MeasureUnit.Share, null, "Cumulative to date"),
        new("Mean WCC competency score", overview.England.MeanCompetencyScore, null, MeasureUnit.Score, null, "Annual: only two assurance rounds"),
    ];

    public static IReadOnlyList<SummaryMeasure> Uptake(RegionUptake uptake) =>
    [
        UptakeShare(uptake.Share),
        new("Buyers in the pipeline", BuyersInPipeline(uptake), null, MeasureUnit.Count, null, "A count on the as-at date"),
    ];

    /// <summary>A region's uptake share, the first of its measures; a PCT's board summary shows it alone.</summary>
    public static SummaryMeasure UptakeShare(decimal? share) =>
        new("Share of PCTs with a FESC contract awarded", share, null, MeasureUnit.Share, null, UptakeHasNoIcons);

    /// <summary>Why the uptake share carries no SPC icons (docs/spc.md, "Measures by chart").</summary>
    public const string UptakeHasNoIcons = "Cumulative: a running share only rises, so it is charted without process limits";

    /// <summary>Buyers from interest expressed to preferred bidder: those not yet holding a contract.</summary>
    public static int BuyersInPipeline(RegionUptake uptake) =>
        uptake.Pipeline.Where(p => p.Stage < FescStage.ContractAwarded).Sum(p => p.Buyers);

    /// <summary>For a region, a PCT's contracts or one contract: the same three measures.</summary>
    /// <param name="achievement">Each month's validated savings as a percentage of its phased target (<see cref="SavingsSpc"/>).</param>
    public static IReadOnlyList<SummaryMeasure> Savings(SavingsMeasures measures, XmrResult achievement, DashboardSettings settings) =>
    [
        new(MonthlyAchievementMetric, achievement.Points.Count == 0 ? null : achievement.Points[^1].Value, achievement.Target, MeasureUnit.Percent, achievement),
        new("Validated savings against the target to date", measures.Achievement, settings.GreenFrom, MeasureUnit.Share, null, "Cumulative to date"),
        new("Return on fees", measures.ReturnOnFees, measures.ReturnOnFeesTarget, MeasureUnit.Ratio, null, "Cumulative to date"),
    ];

    /// <summary>The savings SPC measure's name wherever a summary lists it.</summary>
    public const string MonthlyAchievementMetric = "Validated savings against the month's phased target";

    public static IReadOnlyList<SummaryMeasure> Assurance(RegionAssessments assessments) =>
    [
        new("Mean competency score across the region's PCTs", RegionMeanScore(assessments), null, MeasureUnit.Score, null, "Annual: only two assurance rounds"),
        new("PCTs rated red for finance", assessments.Pcts.Count(p => p.Finance == Rag.Red), 0, MeasureUnit.Count, null, "A count for the year"),
    ];

    /// <summary>The mean of every score given in the region; a score not given is left out, never counted as zero.</summary>
    public static decimal? RegionMeanScore(RegionAssessments assessments)
    {
        var scores = assessments.Pcts.SelectMany(p => p.Scores).OfType<int>().ToList();
        return scores.Count == 0 ? null : (decimal)scores.Sum() / scores.Count;
    }

    public static IReadOnlyList<SummaryMeasure> Pilots(PilotTracker tracker) =>
    [
        new("Pilots rated red", tracker.Pilots.Count(p => p.Rag == Rag.Red), 0, MeasureUnit.Count, null, "A count on the status date"),
        new("Milestones past their planned date", tracker.Pilots.Sum(p => p.Milestones.Late), 0, MeasureUnit.Count, null, "A count on the status date"),
        new($"Milestones complete, of {tracker.Pilots.Sum(p => p.Milestones.Total)}", tracker.Pilots.Sum(p => p.Milestones.Complete), null, MeasureUnit.Count, null,
            "A count on the status date"),
    ];
}
