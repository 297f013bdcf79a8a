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

    public static TableExport Uptake(UptakeFunnel funnel) => new("FESC uptake by SHA: funnel plot",
        [
            new("Code", CellKind.Text), new("SHA", CellKind.Text), new("PCTs", CellKind.Integer),
            new("PCTs with a FESC contract awarded", CellKind.Integer), new("Uptake (%)", CellKind.Number),
            new("England's uptake (%)", CellKind.Number), .. LimitColumns(" (%)"),
        ],
        funnel.Points.Select(p => (IReadOnlyList<object?>)
            [p.Code, p.Name, p.PctCount, p.PctsWithContractAwarded, p.Share * 100, funnel.Target * 100, .. Limits(p.Limits, p.Position, 100)]));

    public static TableExport Wcc(WccFunnel funnel) => new($"WCC composite by PCT {funnel.Source.Year.Label}: caterpillar plot",
        [
            new("Rank (1 is highest)", CellKind.Integer), new("Code", CellKind.Text), new("PCT", CellKind.Text), new("SHA code", CellKind.Text),
            new("Competency half (0-100)", CellKind.Number), new("Governance half (0-100)", CellKind.Number), new("Composite (0-100)", CellKind.Number),
            new("England's composite", CellKind.Number), new("Standard error", CellKind.Number), .. LimitColumns(" (0-100)"),
            new("Overdispersion adjustment applied", CellKind.YesNo), new("Left out", CellKind.Text),
        ],
        funnel.Points.OrderByDescending(p => p.Rank).Select(p => (IReadOnlyList<object?>)
        [
            funnel.Points.Count - p.Rank + 1, p.Pct.Code, p.Pct.Name, p.Pct.ShaCode, p.Pct.Composite.CompetencyHalf, p.Pct.Composite.GovernanceHalf,
            p.Score, funnel.England, p.StandardError, .. Limits(p.Limits, p.Position, 1), funnel.Overdispersion.Applied, p.Pct.Composite.Note,
        ]).Concat(funnel.WithoutComposite.Select(p => (IReadOnlyList<object?>)
        [
            null, p.Code, p.Name, p.ShaCode, p.Composite.CompetencyHalf, p.Composite.GovernanceHalf, null, funnel.England, null,
            null, null, null, null, "Not plotted", funnel.Overdispersion.Applied, p.Composite.Note,
        ])));

}
