using static ShaOversight.Core.Spc.AssuranceIcon;
using static ShaOversight.Core.Spc.ImprovementDirection;
using static ShaOversight.Core.Spc.VariationIcon;

namespace ShaOversight.Core.Spc;

/// <summary>Turns flags and limits into the two MDC icons.</summary>
internal static class XmrIcons
{
    /// <summary>Judged on the latest point only: boards ask "what is happening now?".</summary>
    public static VariationIcon Variation(SpecialCauseSide latest, ImprovementDirection direction) => latest switch
    {
        SpecialCauseSide.High => direction switch { Up => ImprovementHigh, Down => ConcernHigh, _ => NeutralHigh },
        SpecialCauseSide.Low => direction switch { Up => ConcernLow, Down => ImprovementLow, _ => NeutralLow },
        _ => CommonCause,
    };

    /// <summary>
    /// As NHSRplotthedots and MDC judge it: a pass or a fail needs the target strictly beyond a
    /// limit, and a target exactly on one is inconsistent. The limits are estimates, so claiming
    /// "consistently" on the edge of them would promise more than the data shows. With no
    /// improvement direction neither side of the target is better, so there is no assurance icon.
    /// </summary>
    public static AssuranceIcon Assurance(decimal? target, ImprovementDirection direction, decimal upper, decimal lower)
    {
        if (target is not { } goal || direction == Neither)
            return AssuranceIcon.None;
        if (goal > upper)
            return direction == Up ? ConsistentlyFail : ConsistentlyPass;
        if (goal < lower)
            return direction == Up ? ConsistentlyPass : ConsistentlyFail;
        return Inconsistent;
    }
}
