using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Board;

/// <summary>Each lens's tile from the lens's own results: its figures, their year-earlier partners and its sentence.</summary>
public static class BoardTiles
{
    public const string UptakeTitle = "FESC uptake", SavingsTitle = "Contract savings", AssuranceTitle = "WCC assurance", PilotsTitle = "FESC pilots";

    /// <summary>Pilots' ratings are kept as they stand, with no history, so a year-earlier count cannot be given.</summary>
    public const string PilotsHaveNoHistory = "Ratings keep no history";

    public const string ForecastMetric = "Forecast outturn against the savings target";

    /// <param name="journey">For a PCT, its own FESC journey in words, which leads the sentence.</param>
    public static BoardTile Uptake(SummaryMeasure share, int awarded, int pcts, decimal? shareBefore, string whyNoChange, string place, DateOnly asAt, string? journey) =>
        new(BoardLens.Uptake, UptakeTitle, [Figure(share, shareBefore, whyNoChange)],
            BoardSentences.Uptake(place, awarded, pcts, share.Latest, shareBefore, asAt, journey));

    /// <param name="before">The same measures a year earlier, with that date's monthly series; null when there is no year earlier.</param>
    public static BoardTile Savings(SavingsMeasures now, XmrResult spc, (SavingsMeasures Measures, XmrResult Spc)? before, string whyNoChange, DashboardSettings settings)
    {
        var earlier = before is { } then ? Measures(then.Measures, then.Spc, settings).Select(m => m.Latest).ToList() : null;
        var figures = Measures(now, spc, settings).Select((measure, i) => Figure(measure, earlier?[i], whyNoChange)).ToList();
        return new(BoardLens.Savings, SavingsTitle, figures, BoardSentences.Savings(now, before?.Measures));
    }

    /// <summary>The savings lens's icon summary, and the forecast against the target.</summary>
    private static IEnumerable<SummaryMeasure> Measures(SavingsMeasures measures, XmrResult spc, DashboardSettings settings) =>
        IconSummaries.Savings(measures, spc, settings).Append(new SummaryMeasure(ForecastMetric, measures.ForecastAgainstTarget, 1m, MeasureUnit.Share, null,
            "A projection from each contract's validated run rate"));

    /// <summary>A peer PCT's contracts and returns are its own: the tile says so instead of showing nothing.</summary>
    public static BoardTile SavingsNotShown(string pct) =>
        new(BoardLens.Savings, SavingsTitle, [], BoardSentences.SavingsNotShown(pct));

    public static BoardTile Assurance(SummaryMeasure mean, decimal? lastRound, FinancialYear year) =>
        new(BoardLens.Assurance, AssuranceTitle, [Figure(mean, lastRound, $"No scores in the {year.Previous.Label} round")],
            BoardSentences.Assurance(mean.Latest, lastRound, year));

    /// <summary>A PCT's own mean score, every competency it was given, against its own last round.</summary>
    public static BoardTile PctAssurance(PctRatings ratings, FinancialYear year) =>
        Assurance(new SummaryMeasure("Mean WCC competency score", Mean(ratings.Scores), null, MeasureUnit.Score, null, "Annual: only two assurance rounds"),
            Mean(ratings.PreviousScores), year);

    /// <param name="region">The region whose pilots are counted; null for all of England's.</param>
    public static BoardTile Pilots(IReadOnlyList<PilotSummary> all, OrganisationRef? region)
    {
        var counted = region is null ? all : all.Where(p => p.ShaCode == region.Code).ToList();
        var figures = Enum.GetValues<Rag>().Select(rag => Figure(
            new SummaryMeasure($"Pilots rated {rag.ToString().ToLowerInvariant()}", counted.Count(p => p.Rag == rag), null, MeasureUnit.Count, null,
                "A count on the status date"), null, PilotsHaveNoHistory)).ToList();
        return new(BoardLens.Pilots, PilotsTitle, figures, BoardSentences.Pilots(region?.Name, counted.Select(p => p.Rag).ToList(), all.Count));
    }

    private static BoardFigure Figure(SummaryMeasure now, decimal? before, string whyNoChange) =>
        new(now, before, before is null ? whyNoChange : null);

    private static decimal? Mean(IReadOnlyList<int?> scores)
    {
        var given = scores.OfType<int>().ToList();
        return given.Count == 0 ? null : (decimal)given.Sum() / given.Count;
    }
}
