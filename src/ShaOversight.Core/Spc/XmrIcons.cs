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

    public static AssuranceIcon Assurance(decimal? target, ImprovementDirection direction, decimal upper, decimal lower)
    {
        if (target is not { } goal)
            return AssuranceIcon.None;

        // A month meets the target when it is at the target or on its better side. The limits
        // bound what the process will produce, so ask how much of lower..upper meets the target:
        // all of it is a consistent pass, none of it a consistent fail, part of it inconsistent.
        // Hence, for Up, a target on the lower limit passes, but one on the upper limit is
        // inconsistent: the very top of the range reaches it.
        return direction switch
        {
            Up => goal <= lower ? ConsistentlyPass : goal > upper ? ConsistentlyFail : Inconsistent,
            Down => goal >= upper ? ConsistentlyPass : goal < lower ? ConsistentlyFail : Inconsistent,
            // With no better direction, neither side of the target is a pass, so a target outside
            // the limits cannot be called a consistent pass or fail. Inconsistent is the only icon
            // that does not claim a verdict; the summary says plainly that none can be given.
            _ => Inconsistent,
        };
    }
}
