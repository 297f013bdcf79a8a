using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Charts;

/// <summary>
/// Making Data Count's colours, as hex, for the web chart, the board pack and the icons alike, so
/// screen and paper never disagree about what a colour means.
/// </summary>
public static class MdcColours
{
    public const string CommonCause = "#7B7D7D";
    public const string Improvement = "#289DE0";
    public const string Concern = "#FAB428";
    public const string Neutral = "#361475";
    public const string Limit = "#7B7D7D";
    public const string Mean = "#231F20";
    public const string Target = "#DE1B1B";
    /// <summary>The lighter grey of MDC's common-cause and hit-and-miss icons.</summary>
    public const string IconGrey = "#A6A6A6";

    /// <summary>What a point's colour says: common cause, or special cause read against the improvement direction.</summary>
    public static PointMeaning MeaningOf(XmrPoint point, ImprovementDirection direction) => point.SpecialCauseSide switch
    {
        SpecialCauseSide.None => PointMeaning.CommonCause,
        _ when direction == ImprovementDirection.Neither => PointMeaning.Neutral,
        SpecialCauseSide.High => direction == ImprovementDirection.Up ? PointMeaning.Improvement : PointMeaning.Concern,
        _ => direction == ImprovementDirection.Down ? PointMeaning.Improvement : PointMeaning.Concern,
    };

    public static string Of(PointMeaning meaning) => meaning switch
    {
        PointMeaning.Improvement => Improvement,
        PointMeaning.Concern => Concern,
        PointMeaning.Neutral => Neutral,
        _ => CommonCause,
    };
}

/// <summary>The four kinds of point an MDC chart colours differently.</summary>
public enum PointMeaning
{
    CommonCause,
    Improvement,
    Concern,
    Neutral,
}
