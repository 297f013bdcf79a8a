using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Exports;

/// <summary>The data behind an XmR chart, one row a month, with every SPC column the chart is drawn from.</summary>
public static class SpcTable
{
    /// <summary>The savings charts' measure, as every download heads it.</summary>
    public const string AchievementHeader = "Validated as % of the month's phased target";

    /// <param name="notes">The series' recalculations and annotations: the annotations' text goes beside their months.</param>
    public static TableExport From(string title, string valueHeader, CellKind valueKind, XmrResult spc, SeriesNotes? notes = null) => new(title,
        [
            new("Month", CellKind.Date), new(valueHeader, valueKind), new("Moving range", valueKind),
            new("Mean", valueKind), new("Lower process limit", valueKind), new("Upper process limit", valueKind),
            new("Lower two-thirds line", valueKind), new("Upper two-thirds line", valueKind), new("Trial limits", CellKind.YesNo),
            new("Outside limits", CellKind.YesNo), new("Shift (7 one side)", CellKind.YesNo), new("Trend (7 rising or falling)", CellKind.YesNo),
            new("Two of three near a limit", CellKind.YesNo), new("Special cause", CellKind.Text),
            new("Target", valueKind), new("Variation icon", CellKind.Text), new("Assurance icon", CellKind.Text),
            // Added after the columns earlier downloads had, so spreadsheets built on those still line up.
            new("Segment", CellKind.Integer), new("Limits recalculated because", CellKind.Text), new("Annotations", CellKind.Text),
        ],
        spc.Points.Select(p =>
        {
            // Each month is read against its own segment's lines: after a recalculation they differ.
            var segment = spc.Segments.Count > p.Segment ? spc.Segments[p.Segment] : null;
            var lines = segment?.Lines;
            return (IReadOnlyList<object?>)
            [
                p.Period, p.Value, p.MovingRange,
                lines?.Mean, lines?.LowerProcessLimit, lines?.UpperProcessLimit,
                lines?.LowerTwoThirds, lines?.UpperTwoThirds, segment?.AreTrialLimits ?? false,
                p.OutsideLimits, p.InShift, p.InTrend, p.InTwoOfThree, SideWords(p.SpecialCauseSide),
                spc.Target, IconWords.Of(spc.Variation), IconWords.Of(spc.Assurance),
                p.Segment + 1, segment?.Start == p.Period ? segment.Reason : null, notes?.AnnotationsOn(p.Period),
            ];
        }));

    private static string SideWords(SpecialCauseSide side) => side switch
    {
        SpecialCauseSide.High => "High",
        SpecialCauseSide.Low => "Low",
        _ => "None",
    };
}
