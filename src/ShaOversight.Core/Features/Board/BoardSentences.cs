using System.Globalization;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Savings;

namespace ShaOversight.Core.Features.Board;

/// <summary>
/// Each tile's figures in one plain-English sentence, written from the figures themselves so it
/// can never disagree with them: whole percentages, compact pounds, and the direction of change.
/// </summary>
public static class BoardSentences
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Uptake(string place, int awarded, int pcts, decimal? share, decimal? shareBefore, DateOnly asAt, string? journey)
    {
        var lead = journey is null ? "" : journey + "; ";
        if (share is null) return $"{lead}{place} has no PCTs to count.";
        var change = shareBefore is { } before ? $", {Points(share.Value - before)} on a year earlier" : "";
        return $"{lead}{awarded} of {pcts} PCTs in {place} ({Percent(share)}) had a FESC contract awarded by {Date(asAt)}{change}.";
    }

    /// <summary>A PCT's own FESC journey: its first award, or the stage it has reached.</summary>
    public static string PctJourney(string pct, IReadOnlyList<StageEntry> history)
    {
        var awarded = history.FirstOrDefault(s => s.Stage == FescStage.ContractAwarded);
        if (awarded is not null) return $"{pct} was awarded its first FESC contract on {Date(awarded.On)}";
        return history.Count == 0 ? $"{pct} had not started on FESC" : $"{pct} has reached \"{FescStageNames.Of(history[^1].Stage).ToLowerInvariant()}\"";
    }

    public static string Savings(SavingsMeasures now, SavingsMeasures? before)
    {
        if (now.Achievement is not { } achieved) return "No contract had a savings target phased to date, so there is nothing yet to pay back.";
        var change = before?.Achievement is { } then ? $" ({Points(achieved - then)} on a year earlier)" : "";
        var payBack = now.ReturnOnFees is { } ratio
            ? $", {Money(ratio)} for every £1 of fees"
            : "";
        var forecast = now.ForecastAgainstTarget is { } outturn
            ? $"; the forecast is {Percent(outturn)} of the {Money(now.SavingsTarget)} target"
            : "";
        return $"Validated savings are {Percent(achieved)} of the target phased to date{change}{payBack}{forecast}.";
    }

    public static string SavingsNotShown(string pct) =>
        $"{pct}'s contracts and returns are its own: you see its published assurance ratings only.";

    public static string Assurance(decimal? mean, decimal? lastRound, FinancialYear year)
    {
        if (mean is not { } now) return $"No competency scores have been recorded for {year.Label}.";
        var change = lastRound is { } before ? $", {ScoreChange(now - before)} on the {year.Previous.Label} round" : "";
        return $"The mean World Class Commissioning competency score for {year.Label} is {Score(now)} out of 4{change}.";
    }

    /// <param name="region">The region counted; null for England.</param>
    public static string Pilots(string? region, IReadOnlyList<Rag> ratings, int nationally)
    {
        if (ratings.Count == 0) return $"None of the {nationally} FESC pilots is in {region}.";
        var counts = string.Join(", ", Enum.GetValues<Rag>().Reverse()
            .Select(rag => (rag, count: ratings.Count(r => r == rag))).Where(x => x.count > 0)
            .Select(x => $"{x.count} {x.rag.ToString().ToLowerInvariant()}"));
        var which = region is null
            ? $"Of the {nationally} FESC pilots"
            : $"{region} has {ratings.Count} of the {nationally} FESC pilots";
        return $"{which}{(region is null ? "," : ":")} {counts}.";
    }

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0", EnGb) + "%" : "–";

    /// <summary>Percentage points: "up 12 points", "down 3 points", "the same".</summary>
    private static string Points(decimal change)
    {
        var points = Math.Round(change * 100, 0, MidpointRounding.AwayFromZero);
        return points == 0 ? "about the same" : $"{(points > 0 ? "up" : "down")} {Math.Abs(points).ToString("0", EnGb)} {(Math.Abs(points) == 1 ? "point" : "points")}";
    }

    private static string ScoreChange(decimal change)
    {
        var rounded = Math.Round(change, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "unchanged" : $"{(rounded > 0 ? "up" : "down")} {Math.Abs(rounded).ToString("0.00", EnGb)}";
    }

    private static string Score(decimal score) => score.ToString("0.00", EnGb);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>£350k, £11.0m, £4.20: compact pounds for sentences.</summary>
    private static string Money(decimal amount) => Math.Abs(amount) switch
    {
        >= 1_000_000m => string.Create(EnGb, $"£{amount / 1_000_000m:0.0}m"),
        >= 1_000m => string.Create(EnGb, $"£{amount / 1_000m:0}k"),
        _ => string.Create(EnGb, $"£{amount:0.00}"),
    };
}
