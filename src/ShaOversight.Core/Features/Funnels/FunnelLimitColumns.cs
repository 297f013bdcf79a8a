using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Funnels;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>A funnel table's limit columns, so an analyst can redraw the plot or check a point; the upper limits sit under the lower on screen.</summary>
public static class FunnelLimitColumns
{
    public const string Position = "Within, above or below limits";

    /// <param name="unit">What the limits are in, after their name: " (%)" for shares, as the other tables head percentages.</param>
    /// <param name="kind">Percent for shares (read on the 0 to 100 scale), Number for scores.</param>
    /// <param name="scale">100 for shares held as fractions, 1 for scores.</param>
    public static IEnumerable<TableColumn<TRow>> For<TRow>(string unit, CellKind kind, double scale, Func<TRow, FunnelLimits> limits, Func<TRow, FunnelPosition> position)
    {
        string lower95 = $"95% lower limit{unit}", lower998 = $"99.8% lower limit{unit}";
        yield return new(lower95, kind, r => limits(r).Lower95 * scale);
        yield return new($"95% upper limit{unit}", kind, r => limits(r).Upper95 * scale) { Under = lower95 };
        yield return new(lower998, kind, r => limits(r).Lower998 * scale);
        yield return new($"99.8% upper limit{unit}", kind, r => limits(r).Upper998 * scale) { Under = lower998 };
        yield return new(Position, CellKind.Text, r => position(r).Describe());
    }
}
