namespace ShaOversight.Core.Domain;

/// <summary>A stage as a board paper words it; shared by the pages, the downloads and the board pack.</summary>
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
}
