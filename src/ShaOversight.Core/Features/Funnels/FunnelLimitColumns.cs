using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Funnels;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>A funnel table's limit columns, so an analyst can redraw the plot or check a point: the same headings for every funnel.</summary>
public static class FunnelLimitColumns
{
    public const string Lower95 = "95% lower limit";
    public const string Upper95 = "95% upper limit";
    public const string Position = "Within, above or below limits";

    /// <param name="unit">What the limits are in, after their name: " (%)" for shares, as the other tables head percentages.</param>
    /// <param name="scale">100 for shares, so they read on the 0 to 100 scale the other tables give; 1 for scores already on it.</param>
    /// <param name="limits">A row's limits and position; null for a row not plotted.</param>
    public static IEnumerable<TableColumn<TRow>> For<TRow>(string unit, double scale, Func<TRow, (FunnelLimits Limits, FunnelPosition Position)?> limits)
    {
        yield return new(Lower95 + unit, CellKind.Number, r => limits(r)?.Limits.Lower95 * scale);
        yield return new(Upper95 + unit, CellKind.Number, r => limits(r)?.Limits.Upper95 * scale) { Under = Lower95 + unit };
        yield return new("99.8% lower limit" + unit, CellKind.Number, r => limits(r)?.Limits.Lower998 * scale);
        yield return new("99.8% upper limit" + unit, CellKind.Number, r => limits(r)?.Limits.Upper998 * scale) { Under = "99.8% lower limit" + unit };
        yield return new(Position, CellKind.Text, r => limits(r)?.Position.Describe() ?? "Not plotted");
    }
}
