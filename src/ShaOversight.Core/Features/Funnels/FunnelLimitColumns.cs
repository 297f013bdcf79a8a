using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Funnels;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>
/// A funnel table's limit columns, so an analyst can redraw the plot or check a point: the same
/// headings for every funnel, the upper limits under the lower on screen.
/// </summary>
public static class FunnelLimitColumns
{
    public const string Lower95 = "95% lower limit";
    public const string Upper95 = "95% upper limit";
    public const string Position = "Within, above or below limits";

    /// <param name="unit">What the limits are in, after their name: " (%)" for shares, as the other tables head percentages.</param>
    /// <param name="kind">Percent for shares (read on the 0 to 100 scale), Number for scores.</param>
    /// <param name="scale">100 for shares held as fractions, 1 for scores already on the 0 to 100 scale.</param>
    /// <param name="limits">A row's limits and position; null for a row not plotted.</param>
    public static IEnumerable<TableColumn<TRow>> For<TRow>(string unit, CellKind kind, double scale, Func<TRow, (FunnelLimits Limits, FunnelPosition Position)?> limits)
    {
        string lower95 = Lower95 + unit, lower998 = "99.8% lower limit" + unit;
        yield return new(lower95, kind, r => limits(r)?.Limits.Lower95 * scale);
        yield return new(Upper95 + unit, kind, r => limits(r)?.Limits.Upper95 * scale) { Under = lower95 };
        yield return new(lower998, kind, r => limits(r)?.Limits.Lower998 * scale);
        yield return new("99.8% upper limit" + unit, kind, r => limits(r)?.Limits.Upper998 * scale) { Under = lower998 };
        yield return new(Position, CellKind.Text, r => limits(r)?.Position.Describe() ?? "Not plotted");
    }

    /// <summary>For a funnel whose every row is plotted.</summary>
    public static IEnumerable<TableColumn<TRow>> For<TRow>(string unit, CellKind kind, double scale, Func<TRow, FunnelLimits> limits, Func<TRow, FunnelPosition> position) =>
        For<TRow>(unit, kind, scale, r => (limits(r), position(r)));

    /// <summary>Limits in numbers, for a funnel of scores.</summary>
    public static IEnumerable<TableColumn<TRow>> For<TRow>(string unit, double scale, Func<TRow, (FunnelLimits Limits, FunnelPosition Position)?> limits) =>
        For(unit, CellKind.Number, scale, limits);
}
