using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

public static class StageNames
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
