using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>A milestone's days late in plain words, as the page, the timeline and the board pack say them.</summary>
public static class MilestoneSlippage
{
    /// <summary>"12 days late", "On time", "3 days early", or "Not yet due" for an open milestone whose date has not come.</summary>
    public static string InWords(int? daysLate) => daysLate switch
    {
        null => "Not yet due",
        0 => "On time",
        > 0 => $"{Days(daysLate.Value)} late",
        _ => $"{Days(-daysLate.Value)} early",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString("N0", CellText.EnGb)} days";
}
