namespace ShaOversight.Core.Domain;

/// <summary>A milestone's status in words; shared by the pilot pages and the downloads.</summary>
public static class MilestoneStatusNames
{
    public static string Of(MilestoneStatus status) => status switch
    {
        MilestoneStatus.NotStarted => "Not started",
        MilestoneStatus.OnTrack => "On track",
        MilestoneStatus.AtRisk => "At risk",
        _ => status.ToString(),
    };
}
