using ShaOversight.Core.Spc;

namespace ShaOversight.Web.Components.Spc;

/// <summary>What the Making Data Count icons say, in words: the icon is never the only carrier of meaning.</summary>
public static class SpcText
{
    public static (string Letter, string Css, string Words) Of(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => ("H", "spc-improvement", "Improvement: special cause, higher"),
        VariationIcon.ImprovementLow => ("L", "spc-improvement", "Improvement: special cause, lower"),
        VariationIcon.ConcernHigh => ("H", "spc-concern", "Concern: special cause, higher"),
        VariationIcon.ConcernLow => ("L", "spc-concern", "Concern: special cause, lower"),
        VariationIcon.NeutralHigh => ("H", "spc-neutral", "Special cause, higher"),
        VariationIcon.NeutralLow => ("L", "spc-neutral", "Special cause, lower"),
        _ => ("~", "spc-common", "Common cause variation"),
    };

    public static (string Letter, string Css, string Words) Of(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => ("P", "spc-improvement", "Will consistently meet the target"),
        AssuranceIcon.ConsistentlyFail => ("F", "spc-concern", "Will consistently miss the target"),
        AssuranceIcon.Inconsistent => ("?", "spc-common", "Will meet the target only some of the time"),
        _ => ("–", "spc-none", "No target to assure against"),
    };
}
