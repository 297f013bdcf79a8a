namespace ShaOversight.Core.Spc;

/// <summary>
/// What the Making Data Count icons say, in words. The dashboard, the downloads and the board
/// pack all read them from here, so a board paper and the screen never word an icon differently.
/// </summary>
public static class IconWords
{
    public static string Of(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => "Improvement: special cause, higher",
        VariationIcon.ImprovementLow => "Improvement: special cause, lower",
        VariationIcon.ConcernHigh => "Concern: special cause, higher",
        VariationIcon.ConcernLow => "Concern: special cause, lower",
        VariationIcon.NeutralHigh => "Special cause, higher",
        VariationIcon.NeutralLow => "Special cause, lower",
        VariationIcon.None => "No variation icon: too few months for process limits",
        _ => "Common cause variation",
    };

    public static string Of(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "Will consistently meet the target",
        AssuranceIcon.ConsistentlyFail => "Will consistently miss the target",
        AssuranceIcon.Inconsistent => "Will meet the target only some of the time",
        _ => "No target to assure against",
    };
}
