using ShaOversight.Core.Spc;

namespace ShaOversight.Web.Components.Spc;

/// <summary>How the Making Data Count icons look; their words come from <see cref="IconWords"/>, shared with the downloads.</summary>
public static class SpcText
{
    public static (string Letter, string Css, string Words) Of(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => ("H", "spc-improvement", IconWords.Of(icon)),
        VariationIcon.ImprovementLow => ("L", "spc-improvement", IconWords.Of(icon)),
        VariationIcon.ConcernHigh => ("H", "spc-concern", IconWords.Of(icon)),
        VariationIcon.ConcernLow => ("L", "spc-concern", IconWords.Of(icon)),
        VariationIcon.NeutralHigh => ("H", "spc-neutral", IconWords.Of(icon)),
        VariationIcon.NeutralLow => ("L", "spc-neutral", IconWords.Of(icon)),
        _ => ("~", "spc-common", IconWords.Of(icon)),
    };

    public static (string Letter, string Css, string Words) Of(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => ("P", "spc-improvement", IconWords.Of(icon)),
        AssuranceIcon.ConsistentlyFail => ("F", "spc-concern", IconWords.Of(icon)),
        AssuranceIcon.Inconsistent => ("?", "spc-common", IconWords.Of(icon)),
        _ => ("–", "spc-none", IconWords.Of(icon)),
    };
}
