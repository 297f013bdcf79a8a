namespace ShaOversight.Core.Domain;

/// <summary>A stage as a board paper words it and as an address writes it; shared by the pages, the downloads and the board pack.</summary>
public static class FescStageNames
{
    public static string Of(FescStage stage) => stage switch
    {
        FescStage.InterestExpressed => "Interest expressed",
        FescStage.BusinessCaseDrafted => "Business case drafted",
        FescStage.BoardApproved => "Board approved",
        FescStage.InvitationToTenderIssued => "Invitation to tender issued",
        FescStage.PreferredBidderNamed => "Preferred bidder named",
        FescStage.ContractAwarded => "Contract awarded",
        FescStage.Live => "Live",
        FescStage.Ended => "Ended",
        FescStage.Withdrawn => "Withdrawn",
        _ => stage.ToString(),
    };

    /// <summary>How a stage is written in an address: <c>?stage=board-approved</c>.</summary>
    public static string Slug(FescStage stage) =>
        string.Concat(stage.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    /// <summary>Reads a stage's slug; gives a plain-English problem, naming the stages there are, for anything else.</summary>
    public static (FescStage? Stage, string? Problem) FromSlug(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        foreach (var stage in Enum.GetValues<FescStage>())
        {
            if (string.Equals(Slug(stage), text.Trim(), StringComparison.OrdinalIgnoreCase)) return (stage, null);
        }
        return (null, $"'{text}' is not a FESC stage. Choose one of: {string.Join(", ", Enum.GetValues<FescStage>().Select(Slug))}.");
    }
}

/// <summary>
/// A stage in a table: written as its name, but put in the pipeline's order when a table is sorted
/// by it, so "Board approved" comes before "Live" as the stages run, not as the alphabet does.
/// </summary>
public readonly record struct StageName(FescStage Stage) : IComparable<StageName>, IComparable
{
    public int CompareTo(StageName other) => Stage.CompareTo(other.Stage);

    public int CompareTo(object? obj) => obj is StageName other ? CompareTo(other) : 1;

    public override string ToString() => FescStageNames.Of(Stage);
}
