using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Core.Features.Exports;

/// <summary>The data behind each funnel plot with its limit columns, so an analyst can redraw it or check a point.</summary>
public static class FunnelTables
{
    /// <param name="unit">What the limits are in, after their name: " (%)" for shares, as the other tables head percentages.</param>
    private static ExportColumn[] LimitColumns(string unit) =>
    [
        new($"95% lower limit{unit}", CellKind.Number), new($"95% upper limit{unit}", CellKind.Number),
        new($"99.8% lower limit{unit}", CellKind.Number), new($"99.8% upper limit{unit}", CellKind.Number),
        new("Within, above or below limits", CellKind.Text),
    ];

    /// <summary>Percentages on the 0 to 100 scale, as the other tables give them.</summary>
    private static object?[] Limits(FunnelLimits limits, FunnelPosition position, double scale) =>
        [limits.Lower95 * scale, limits.Upper95 * scale, limits.Lower998 * scale, limits.Upper998 * scale, position.Describe()];

    public static TableExport Savings(string shaName, SavingsFunnel funnel) => new($"{shaName} savings achievement by contract: funnel plot",
        [
            new("Reference", CellKind.Text), new("Buyer", CellKind.Text), new("Supplier", CellKind.Text),
            new("Phased target to date (£)", CellKind.Money), new("Validated to date (£)", CellKind.Money), new("Achievement (%)", CellKind.Number),
            new("Region's pooled achievement (%)", CellKind.Number), .. LimitColumns(" (%)"), new("Overdispersion adjustment applied", CellKind.YesNo),
        ],
        funnel.Points.Select(p => (IReadOnlyList<object?>)
        [
            p.Contract.Reference, p.Contract.BuyerName, p.Contract.Supplier, p.TargetToDate, p.ValidatedToDate, p.Achievement * 100,
            funnel.Target * 100, .. Limits(p.Limits, p.Position, 100), funnel.Overdispersion.Applied,
        ]));
}
