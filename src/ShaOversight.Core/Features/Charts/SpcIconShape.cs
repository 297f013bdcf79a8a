using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Charts;

/// <summary>A dot of an icon's little run chart, in the icon's 100 × 100 box.</summary>
public sealed record IconDot(float X, float Y, string Colour);

/// <summary>
/// One Making Data Count icon as geometry in a 100 × 100 box: a ringed disc in the icon's colour,
/// a little run of dots, a letter (H or L for which side, P, F or ? for assurance) and, for
/// assurance, the target line. The web draws it as SVG and the board pack with SkiaSharp, both
/// from this, so the two always match. <see cref="Words"/> is its text alternative.
/// </summary>
public sealed record SpcIconShape(string Colour, string? Letter, float LetterBaseline, IReadOnlyList<IconDot> Dots, bool TargetLine, string Words)
{
    public const float Centre = 50, Radius = 44, RingWidth = 7, DotRadius = 4.5f, LetterSize = 30;
    public const float TargetY = 74, TargetFrom = 22, TargetTo = 78;

    public static SpcIconShape Of(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => Side(MdcColours.Improvement, high: true, icon),
        VariationIcon.ImprovementLow => Side(MdcColours.Improvement, high: false, icon),
        VariationIcon.ConcernHigh => Side(MdcColours.Concern, high: true, icon),
        VariationIcon.ConcernLow => Side(MdcColours.Concern, high: false, icon),
        VariationIcon.NeutralHigh => Side(MdcColours.Neutral, high: true, icon),
        VariationIcon.NeutralLow => Side(MdcColours.Neutral, high: false, icon),
        VariationIcon.None => Blank(IconWords.Of(icon)),
        _ => new(MdcColours.IconGrey, null, 0, Run(MdcColours.IconGrey, 50, [0, -6, 4, -3, 5, -5, 2]), false, IconWords.Of(icon)),
    };

    public static SpcIconShape Of(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => new(MdcColours.Improvement, "P", 60, [], true, IconWords.Of(icon)),
        AssuranceIcon.ConsistentlyFail => new(MdcColours.Concern, "F", 60, [], true, IconWords.Of(icon)),
        AssuranceIcon.Inconsistent => new(MdcColours.IconGrey, "?", 60, [], true, IconWords.Of(icon)),
        _ => Blank(IconWords.Of(icon)),
    };

    // An empty pale ring: the place of an icon that cannot be given.
    private static SpcIconShape Blank(string words) => new("#D8DDE0", null, 0, [], false, words);

    // A level run whose last three points step away to one side, with the side's letter on that side.
    private static SpcIconShape Side(string colour, bool high, VariationIcon icon)
    {
        var sign = high ? -1 : 1;
        var level = high ? 66f : 36f;
        var dots = Run(MdcColours.IconGrey, level, [0, -3, 2, -2, 7 * sign, 13 * sign, 19 * sign])
            .Select((dot, index) => index >= 4 ? dot with { Colour = colour } : dot).ToList();
        return new(colour, high ? "H" : "L", high ? 40 : 84, dots, false, IconWords.Of(icon));
    }

    private static List<IconDot> Run(string colour, float level, float[] offsets) =>
        offsets.Select((offset, index) => new IconDot(20 + index * 10, level + offset, colour)).ToList();
}
