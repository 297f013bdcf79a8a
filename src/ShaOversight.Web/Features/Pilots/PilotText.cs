using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pilots;

namespace ShaOversight.Web.Features.Pilots;

/// <summary>How the pilot tracker words milestone statuses, slippage and pilots' names.</summary>
public static class PilotText
{
    /// <summary>The order statuses are counted and charted in: done first, then what needs attention.</summary>
    public static readonly IReadOnlyList<MilestoneStatus> StatusOrder =
        [MilestoneStatus.Complete, MilestoneStatus.Late, MilestoneStatus.AtRisk, MilestoneStatus.OnTrack, MilestoneStatus.NotStarted];

    public static string Status(MilestoneStatus status) => MilestoneStatusNames.Of(status);

    /// <summary>"12 days late", "On time", "3 days early", or "Not yet due", as the milestone table says it.</summary>
    public static string AgainstPlan(int? daysLate) => MilestoneSlippage.InWords(daysLate);

    /// <summary>A name short enough to sit under a bar: the place, without the kind of body.</summary>
    public static string ShortName(string name)
    {
        var shortName = name.StartsWith("NHS ", StringComparison.Ordinal) ? name[4..] : name;
        foreach (var (suffix, replacement) in Suffixes)
        {
            if (shortName.EndsWith(suffix, StringComparison.Ordinal)) return shortName[..^suffix.Length] + replacement;
        }
        return shortName;
    }

    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        (" Commissioning Business Support Agency", " agency"),
        (" Care Trust Plus", ""),
        (" Care Trust", ""),
        (" PCT", ""),
    ];
}
