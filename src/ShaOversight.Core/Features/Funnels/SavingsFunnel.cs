using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>One contract in the savings funnel: validated savings to date against its phased target to date.</summary>
public sealed record SavingsFunnelPoint(ContractSavingsRow Contract, FunnelLimits Limits)
{
    public decimal TargetToDate => Contract.Measures.TargetToDate;
    public decimal ValidatedToDate => Contract.Measures.ValidatedToDate;
    public double Achievement => (double)(ValidatedToDate / TargetToDate);
    public FunnelPosition Position => Limits.Place(Achievement);
}

/// <summary>
/// Savings achievement by contract as a funnel: each contract's validated savings over its phased target to date,
/// against the target to date, around the contracts' pooled achievement. Savings are money, not counts, so they are
/// counted in thousands of pounds (<see cref="PoundsPerUnit"/>) for the Poisson limits; contracts vary far beyond
/// that chance, so the limits are widened for overdispersion (FunnelPlotR's log-scale τ²) whenever the data show it.
/// Built from the savings lens's own result, so it holds only the contracts that lens listed for the viewer.
/// </summary>
public sealed record SavingsFunnel(
    double Target, OverdispersionEstimate Overdispersion, IReadOnlyList<SavingsFunnelPoint> Points, IReadOnlyList<FunnelLimits> Curve, int WithoutTarget)
{
    /// <summary>£1,000 counts as one event: the unit sets the unadjusted limits' width, which is why the adjustment matters here.</summary>
    public const double PoundsPerUnit = 1000;

    public static readonly SavingsFunnel Empty = new(0, OverdispersionEstimate.None, [], [], 0);

    public static SavingsFunnel From(IReadOnlyList<ContractSavingsRow> contracts)
    {
        // A contract with no phased target yet has nothing to be measured against: left out, and counted.
        var measured = contracts.Where(c => c.Measures.TargetToDate > 0).ToList();
        if (measured.Count == 0) return Empty with { WithoutTarget = contracts.Count };
        var units = measured.Select(c => new RatioUnit(c.Reference, Units(c.Measures.ValidatedToDate), Units(c.Measures.TargetToDate))).ToList();
        var target = RatioFunnel.PooledTarget(units);
        var overdispersion = RatioFunnel.EstimateOverdispersion(units, target);
        var points = measured.Zip(units, (c, u) => new SavingsFunnelPoint(c, RatioFunnel.Limits(target, u.Expected, overdispersion)))
            .OrderBy(p => p.TargetToDate).ToList();
        return new SavingsFunnel(target, overdispersion, points, CurveFor(units, target, overdispersion), contracts.Count - measured.Count);
    }

    /// <summary>Sixty steps spaced evenly on a log scale from the smallest target to a little past the largest.</summary>
    private static List<FunnelLimits> CurveFor(IReadOnlyList<RatioUnit> units, double target, OverdispersionEstimate overdispersion)
    {
        var (low, high) = (Math.Max(units.Min(u => u.Expected) * 0.8, 1), units.Max(u => u.Expected) * 1.1);
        const int steps = 60;
        return Enumerable.Range(0, steps + 1)
            .Select(i => RatioFunnel.Limits(target, low * Math.Pow(high / low, (double)i / steps), overdispersion)).ToList();
    }

    /// <summary>The chart of this funnel, the same on the page and in the board pack; the x axis is the target to date in £k.</summary>
    public FunnelChartSpec Chart(Func<SavingsFunnelPoint, string?>? href = null) => new(Target, Curve,
        [.. Points.Select(p => new FunnelChartPoint(p.Contract.Reference, Units(p.TargetToDate), p.Achievement, p.Position, Href: href?.Invoke(p)))],
        "Phased savings target to date (£ thousands)", "Validated savings as a share of target") { Scale = FunnelScale.Ratio, TargetName = "Region" };

    private static double Units(decimal pounds) => (double)pounds / PoundsPerUnit;

    /// <summary>The contracts outside the 99.8% limits named, and how many more sit outside the 95% limits.</summary>
    public string OutsideInWords()
    {
        if (Points.Count == 0) return "There are no contracts with a phased target to date to compare.";
        var far = Points.Where(p => p.Position is FunnelPosition.Above998 or FunnelPosition.Below998).ToList();
        var near = Points.Count(p => p.Position is FunnelPosition.Above95 or FunnelPosition.Below95);
        if (far.Count == 0 && near == 0) return "Every contract is within the 95% limits: the differences in achievement are what chance would give.";
        var named = far.Select(p => $"{p.Contract.Reference} ({p.Contract.BuyerName}, {p.Achievement:0%} of its target to date) is {p.Position.Describe().ToLowerInvariant()}.");
        var others = near == 0 ? "" : $"{near} more contract{(near == 1 ? " is" : "s are")} outside the 95% limits only.";
        return string.Join(" ", named.Append(others).Where(s => s.Length > 0));
    }
}
