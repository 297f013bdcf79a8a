namespace ShaOversight.Core.Funnels;

/// <summary>
/// How far units vary beyond chance, and whether the funnel was widened for it
/// (Spiegelhalter 2005 "Handling over-dispersion"; as FunnelPlotR does it).
/// </summary>
/// <param name="Phi">φ: the mean of the squared winsorised z-scores; 1 when the data vary only by chance.</param>
/// <param name="Tau2">τ²: the between-unit variance added to each unit's own, on the z-score's scale.</param>
/// <param name="Applied">Whether the limits were widened: only when φ &gt; 1, as FunnelPlotR draws adjusted limits.</param>
public sealed record OverdispersionEstimate(int Units, double Phi, double Tau2, bool Applied)
{
    public static readonly OverdispersionEstimate None = new(0, 0, 0, false);

    public string Describe() => Applied
        ? $"Limits widened for overdispersion: φ = {Phi:0.00} across {Units} units, τ² = {Tau2:0.#####} added to each unit's variance."
        : Units < Overdispersion.MinimumUnits
            ? "Too few units to estimate overdispersion: exact limits shown."
            : $"No overdispersion (φ = {Phi:0.00}): exact limits shown.";
}

public static class Overdispersion
{
    /// <summary>Each tail's share pulled in before φ is estimated: 10% at each end.</summary>
    public const double TrimBy = 0.1;

    /// <summary>Below this many units the spread says nothing about overdispersion.</summary>
    public const int MinimumUnits = 3;

    /// <param name="units">Each unit's unadjusted z-score and its standard error on the transformed scale.</param>
    public static OverdispersionEstimate Estimate(IReadOnlyList<(double Z, double StandardError)> units)
    {
        var n = units.Count;
        if (n < MinimumUnits) return new(n, 0, 0, false);
        var sorted = units.Select(u => u.Z).Order().ToArray();
        var (low, high) = (Quantile(sorted, TrimBy), Quantile(sorted, 1 - TrimBy));
        var phi = units.Sum(u => Math.Pow(Math.Clamp(u.Z, low, high), 2)) / n;

        var tau2 = 0.0;
        if (n * phi >= n - 1)
        {
            var weights = units.Select(u => 1 / (u.StandardError * u.StandardError)).ToArray();
            var (sum, sumOfSquares) = (weights.Sum(), weights.Sum(w => w * w));
            tau2 = Math.Max(0, (n * phi - (n - 1)) / (sum - sumOfSquares / sum));
        }
        return new(n, phi, tau2, phi > 1);
    }

    /// <summary>A sample quantile by linear interpolation between order statistics (R's default, type 7).</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
