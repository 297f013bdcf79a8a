using System.Globalization;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Charts;

/// <summary>
/// A point's details in words: the chart's pointer tooltip and the figures table read them from
/// here, so pointer and keyboard users are told the same thing.
/// </summary>
public static class SpcPointText
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The rules that caught a point, or an empty string for common cause.</summary>
    public static string RulesFired(XmrPoint point)
    {
        var rules = new List<string>();
        if (point.OutsideLimits) rules.Add("outside the process limits");
        if (point.InTwoOfThree) rules.Add("2 of 3 beyond two-thirds of the way to a limit");
        if (point.InShift) rules.Add("shift");
        if (point.InTrend) rules.Add("trend");
        return string.Join(", ", rules);
    }

    /// <summary>"Special cause (concern), low: outside the process limits", or "Common cause".</summary>
    public static string Verdict(XmrPoint point, ImprovementDirection direction)
    {
        if (!point.IsSpecialCause) return "Common cause";
        var meaning = MdcColours.MeaningOf(point, direction) switch
        {
            PointMeaning.Improvement => " (improvement)",
            PointMeaning.Concern => " (concern)",
            _ => "",
        };
        var side = point.SpecialCauseSide == SpecialCauseSide.High ? "high" : "low";
        return $"Special cause{meaning}, {side}: {RulesFired(point)}";
    }

    /// <summary>"June 2008: 85.0%. Mean 80.1%; process limits 60.0% to 100.2%. Common cause."</summary>
    public static string Describe(XmrResult spc, XmrPoint point, Func<decimal, string> format)
    {
        var text = $"{point.Period.ToString("MMMM yyyy", EnGb)}: {format(point.Value)}.";
        // The point's own segment's lines: after a recalculation, earlier months had other limits.
        var segment = point.Segment < spc.Segments.Count ? spc.Segments[point.Segment] : null;
        if (segment?.Lines is { } lines)
        {
            text += $" Mean {format(lines.Mean)}; process limits {format(lines.LowerProcessLimit)} to {format(lines.UpperProcessLimit)}"
                + (segment.AreTrialLimits ? " (trial)." : ".");
        }
        return $"{text} {Verdict(point, spc.Direction)}.";
    }
}
