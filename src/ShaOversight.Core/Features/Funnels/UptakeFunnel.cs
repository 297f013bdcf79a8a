using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>One SHA in the uptake funnel: its share of PCTs with a contract awarded, where that sits, and whether it is the viewer's.</summary>
public sealed record UptakeFunnelPoint(string Code, string Name, int PctCount, int PctsWithContractAwarded, FunnelLimits Limits, bool IsViewers = false)
{
    public double Share => (double)PctsWithContractAwarded / PctCount;
    public FunnelPosition Position => Limits.Place(Share);
}

/// <summary>
/// England's FESC uptake as a funnel: each SHA's share against its number of PCTs, with exact binomial
/// limits at 95% and 99.8% around England's share. Built from the England overview the user was
/// already allowed, so it can hold no region the overview did not.
/// </summary>
public sealed record UptakeFunnel(double Target, IReadOnlyList<UptakeFunnelPoint> Points, IReadOnlyList<FunnelLimits> Curve)
{
    public static UptakeFunnel From(EnglandOverview overview)
    {
        var england = overview.England;
        var target = england.PctCount == 0 ? 0 : (double)england.PctsWithContractAwarded / england.PctCount;
        var points = overview.Regions.Where(r => r.PctCount > 0)
            .Select(r => new UptakeFunnelPoint(r.Code, r.Name, r.PctCount, r.PctsWithContractAwarded, BinomialFunnel.Limits(target, r.PctCount),
                r.Code == overview.ViewersShaCode))
            .ToList();
        var widest = Math.Max(points.Count == 0 ? 1 : points.Max(p => p.PctCount), 1);
        var curve = CurveDenominators(widest + Math.Max(2, widest / 10)).Select(n => BinomialFunnel.Limits(target, n)).ToList();
        return new UptakeFunnel(target, points, curve);
    }

    /// <summary>The most limits the curve is drawn through; the chart is 720 pixels wide.</summary>
    public const int MostCurvePoints = 240;

    /// <summary>
    /// One limit per whole denominator up to <paramref name="last"/>, so the funnel's steps show as they are;
    /// past <see cref="MostCurvePoints"/> of them, evenly spaced ones ending at <paramref name="last"/>. Steps
    /// between whole denominators are then under a pixel wide, and each limit costs its denominator's
    /// terms to work out, so a curve through all of them would cost the page more the larger England's SHAs.
    /// </summary>
    private static IEnumerable<int> CurveDenominators(int last)
    {
        var stride = (last + MostCurvePoints - 1) / MostCurvePoints;
        for (var n = 1; n < last; n += stride) yield return n;
        yield return last;
    }

    /// <summary>
    /// The chart of this funnel, the same on the page and in the board pack. The viewer's own SHA is highlighted and named,
    /// unless <paramref name="ownCode"/> names another (the board pack's region).
    /// </summary>
    public FunnelChartSpec Chart(Func<UptakeFunnelPoint, string?>? href = null, string? ownCode = null) => new(Target, Curve,
        [.. Points.Select(p => new FunnelChartPoint(p.Name, p.PctCount, p.Share, p.Position, ownCode is null ? p.IsViewers : p.Code == ownCode, href?.Invoke(p)))],
        "PCTs in the SHA", "Share of PCTs with a contract awarded") { TargetName = "England" };

    /// <summary>Where the viewer's own SHA stands, in a sentence; null when the viewer has none (national roles).</summary>
    public string? ViewerInWords() => Points.FirstOrDefault(p => p.IsViewers) is { } own
        ? $"Your SHA, {own.Name}, has {own.PctsWithContractAwarded} of {own.PctCount} PCTs with a contract ({own.Share:0%}) against England's {Target:0%}: {own.Position.Describe().ToLowerInvariant()}."
        : null;

    /// <summary>The SHAs outside the limits, named in a sentence, or a sentence saying there are none.</summary>
    public string OutsideInWords()
    {
        var outside = Points.Where(p => p.Position.IsOutside()).ToList();
        if (Points.Count == 0) return "There are no SHAs to compare.";
        if (outside.Count == 0) return "Every SHA is within the 95% limits: the differences in uptake are what chance alone would give.";
        return string.Join(" ", outside.Select(p =>
            $"{p.Name} ({p.PctsWithContractAwarded} of {p.PctCount} PCTs, {p.Share:0%}) is {p.Position.Describe().ToLowerInvariant()}."));
    }
}
