using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>One SHA in the uptake funnel: its share of PCTs with a contract awarded, and where that sits.</summary>
public sealed record UptakeFunnelPoint(string Code, string Name, int PctCount, int PctsWithContractAwarded, FunnelLimits Limits)
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
            .Select(r => new UptakeFunnelPoint(r.Code, r.Name, r.PctCount, r.PctsWithContractAwarded, BinomialFunnel.Limits(target, r.PctCount)))
            .ToList();
        var widest = Math.Max(points.Count == 0 ? 1 : points.Max(p => p.PctCount), 1);
        // One limit per whole denominator up to a little past the largest SHA, so the funnel's steps show as they are.
        var curve = Enumerable.Range(1, widest + Math.Max(2, widest / 10)).Select(n => BinomialFunnel.Limits(target, n)).ToList();
        return new UptakeFunnel(target, points, curve);
    }

    /// <summary>The chart of this funnel, the same on the page and in the board pack; <paramref name="ownCode"/> is the SHA to highlight.</summary>
    public FunnelChartSpec Chart(Func<UptakeFunnelPoint, string?>? href = null, string? ownCode = null) => new(Target, Curve,
        [.. Points.Select(p => new FunnelChartPoint(p.Name, p.PctCount, p.Share, p.Position, p.Code == ownCode, href?.Invoke(p)))],
        "PCTs in the SHA", "Share of PCTs with a contract awarded") { TargetName = "England" };

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
