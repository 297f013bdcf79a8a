namespace ShaOversight.Core.Funnels;

/// <summary>
/// Exact binomial limits for a proportion (Spiegelhalter 2005, appendix A.1.1; the method of
/// PHE Fingertips' funnel tools). For a lower-tail probability p, r is the smallest count with
/// P(X ≤ r) ≥ p under Binomial(n, target); the step of the distribution is interpolated with
/// α = (P(X ≤ r) − p) / (P(X ≤ r) − P(X ≤ r − 1)), and the limit is (r − α) / n.
/// </summary>
public static class BinomialFunnel
{
    public static FunnelLimits Limits(double target, int denominator)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        if (target is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(target), "A target proportion lies between 0 and 1.");
        // A certain outcome has no spread: every unit sits on the target.
        if (target is 0 or 1) return new FunnelLimits(denominator, target, target, target, target);
        var cumulative = Cumulative(target, denominator);
        return new FunnelLimits(denominator,
            Limit(cumulative, FunnelLimits.P95Lower), Limit(cumulative, FunnelLimits.P95Upper),
            Limit(cumulative, FunnelLimits.P998Lower), Limit(cumulative, FunnelLimits.P998Upper));
    }

    private static double Limit(double[] cumulative, double p)
    {
        var n = cumulative.Length - 1;
        var r = Array.FindIndex(cumulative, c => c >= p);
        if (r < 0) r = n; // rounding left the last cumulative a hair under p: the quantile is n
        var below = r == 0 ? 0 : cumulative[r - 1];
        var step = cumulative[r] - below;
        var alpha = step <= 0 ? 0 : (cumulative[r] - p) / step;
        return Math.Clamp((r - alpha) / n, 0, 1);
    }

    /// <summary>P(X ≤ r) for r = 0..n, from the probabilities built up by the ratio of successive terms.</summary>
    private static double[] Cumulative(double target, int n)
    {
        var cumulative = new double[n + 1];
        // Work in logs: (1 − θ)^n underflows for large n.
        var logTerm = n * Math.Log(1 - target);
        var logRatio = Math.Log(target) - Math.Log(1 - target);
        var total = 0.0;
        for (var r = 0; r <= n; r++)
        {
            if (r > 0) logTerm += Math.Log((double)(n - r + 1) / r) + logRatio;
            total += Math.Exp(logTerm);
            cumulative[r] = Math.Min(total, 1);
        }
        return cumulative;
    }
}
