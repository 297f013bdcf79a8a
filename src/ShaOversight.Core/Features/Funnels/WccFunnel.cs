using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>One PCT in the WCC caterpillar plot: its composite, its rank, and the limits for a PCT rated on as many items.</summary>
public sealed record WccFunnelPoint(PctCompositeRow Pct, int Rank, double Score, double StandardError, FunnelLimits Limits, bool IsViewersPct, bool IsInViewersRegion)
{
    public FunnelPosition Position => Limits.Place(Score);
}

/// <summary>
/// Every PCT's WCC composite against England's, as a caterpillar plot: PCTs are rated on nearly the same number of
/// items, so a funnel by size would pile them into one column; ranked instead, each with its own limits.
/// <list type="bullet">
/// <item>England's composite pools every rated PCT's points: half its competency points over their maximum, half its governance points over theirs.</item>
/// <item>A PCT's standard error treats each available point as earned with England's chance (the binomial variance of each half's share,
/// at 3 points a competency scored and 2 a governance rating given), so a PCT rated on fewer items has wider limits.</item>
/// <item>PCTs vary beyond that chance, so the limits are widened by an additive τ² (winsorised z-scores, as FunnelPlotR) when φ &gt; 1.</item>
/// </list>
/// </summary>
public sealed record WccFunnel(
    double England, OverdispersionEstimate Overdispersion, IReadOnlyList<WccFunnelPoint> Points, IReadOnlyList<PctCompositeRow> WithoutComposite,
    WccComposites Source)
{
    public static WccFunnel From(WccComposites composites)
    {
        var scored = composites.Pcts.Where(p => p.Composite.Score is not null).ToList();
        var without = composites.Pcts.Where(p => p.Composite.Score is null).ToList();
        if (scored.Count == 0) return new WccFunnel(0, OverdispersionEstimate.None, [], without, composites);

        var competencyShare = (double)scored.Sum(p => p.Composite.CompetencyPoints)
            / scored.Sum(p => WccComposite.PointsPerCompetency * p.Composite.CompetenciesScored);
        var governanceShare = (double)scored.Sum(p => p.Composite.GovernancePoints)
            / scored.Sum(p => WccComposite.PointsPerRating * p.Composite.GovernanceRatings);
        var england = 50 * (competencyShare + governanceShare);

        double StandardError(WccComposite c) => 50 * Math.Sqrt(
            competencyShare * (1 - competencyShare) / (WccComposite.PointsPerCompetency * c.CompetenciesScored)
            + governanceShare * (1 - governanceShare) / (WccComposite.PointsPerRating * c.GovernanceRatings));

        var units = scored.Select(p => (Row: p, Score: (double)p.Composite.Score!.Value, Se: StandardError(p.Composite))).ToList();
        // A share of nought or one gives no spread, and so no z-score: no adjustment can be estimated from it.
        var overdispersion = units.All(u => u.Se > 0)
            ? ShaOversight.Core.Funnels.Overdispersion.Estimate([.. units.Select(u => ((u.Score - england) / u.Se, u.Se))])
            : OverdispersionEstimate.None;
        var points = units.OrderBy(u => u.Score).ThenBy(u => u.Row.Name)
            .Select((u, i) => new WccFunnelPoint(u.Row, i + 1, u.Score, u.Se, LimitsAround(england, u.Se, i + 1, overdispersion),
                u.Row.Code == composites.ViewerPctCode, u.Row.ShaCode == composites.ViewerShaCode))
            .ToList();
        return new WccFunnel(england, overdispersion, points, without, composites);
    }

    /// <summary>England ± z √(s² + τ²) on the composite's 0 to 100 scale, with τ² only when the adjustment applies.</summary>
    private static FunnelLimits LimitsAround(double england, double standardError, int rank, OverdispersionEstimate overdispersion)
    {
        var spread = Math.Sqrt(standardError * standardError + (overdispersion.Applied ? overdispersion.Tau2 : 0));
        double At(double z) => Math.Clamp(england + z * spread, 0, 100);
        return new FunnelLimits(rank, At(-FunnelLimits.Z95), At(FunnelLimits.Z95), At(-FunnelLimits.Z998), At(FunnelLimits.Z998));
    }

    /// <summary>
    /// The caterpillar chart, the same on the page and in the board pack: PCTs by rank along the bottom, each with its limits.
    /// Only the viewer's own PCT is named on it; the table names every PCT. <paramref name="region"/> overrides the viewer's region to highlight.
    /// </summary>
    public FunnelChartSpec Chart(Func<WccFunnelPoint, string?>? href = null, string? region = null) => new(England,
        [.. Points.Select(p => p.Limits)],
        [.. Points.Select(p => new FunnelChartPoint(p.Pct.Name, p.Rank, p.Score, p.Position, p.IsViewersPct, href?.Invoke(p),
            region is null ? p.IsInViewersRegion : p.Pct.ShaCode == region))],
        "PCTs ranked by composite, lowest first", "WCC composite (0 to 100)") { Scale = FunnelScale.Score, LabelOutside = false, TargetName = "England" };

    /// <summary>Where the viewer's own PCT, or their region's PCTs, stand, in a sentence; null for a national viewer.</summary>
    public string? ViewerInWords()
    {
        if (Points.FirstOrDefault(p => p.IsViewersPct) is { } own)
            return $"{own.Pct.Name} scores {own.Score:0.0} against England's {England:0.0}, ranked {Points.Count - own.Rank + 1} of {Points.Count}: {own.Position.Describe().ToLowerInvariant()}.";
        var region = Points.Where(p => p.IsInViewersRegion).ToList();
        if (region.Count == 0) return null;
        var outside = region.Count(p => p.Position.IsOutside());
        return $"{region.Count} of your region's PCTs are plotted; {outside} of them {(outside == 1 ? "is" : "are")} outside the 95% limits.";
    }

    public string OutsideInWords()
    {
        if (Points.Count == 0) return "No PCT has a composite for this round.";
        var above = Points.Count(p => p.Position is FunnelPosition.Above95 or FunnelPosition.Above998);
        var below = Points.Count(p => p.Position is FunnelPosition.Below95 or FunnelPosition.Below998);
        return $"Of {Points.Count} PCTs, {above} {(above == 1 ? "is" : "are")} above the 95% limit and {below} below it; the rest differ from England by no more than chance.";
    }
}
