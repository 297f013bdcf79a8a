using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>A PCT in the WCC caterpillar's table: its plotted point, or none when one half of its composite has nothing rated.</summary>
public sealed record WccFunnelRow(PctCompositeRow Pct, WccFunnelPoint? Point);

/// <summary>Every PCT's WCC composite against England's with its limits, highest first, then the PCTs not plotted.</summary>
public sealed class WccFunnelTable : FeatureTable<WccFunnel, WccFunnelRow>
{
    public const string Rank = "Rank (1 is highest)";
    public const string Pct = "PCT";
    public const string ShaCode = "SHA code";
    public const string Composite = "Composite (0-100)";
    public const string LeftOut = "Left out";
    public const string Unit = " (0-100)";

    public override string Key => "wcc-funnel";
    public override TableSubject Subject => TableSubject.England;
    public override string Description => "Every PCT's WCC composite against England's, with its limits (caterpillar plot).";

    public override TableColumns<WccFunnelRow> ColumnsFor(WccFunnel source)
    {
        var columns = new TableColumns<WccFunnelRow>
        {
            new(Rank, CellKind.Integer, r => source.Points.Count - r.Point?.Rank + 1) { Key = "rank", Sortable = true },
            new("Code", CellKind.Text, r => r.Pct.Code) { Under = Pct },
            new(Pct, CellKind.Text, r => r.Pct.Name)
            {
                Key = "pct", Sortable = true, Link = r => r.Pct.CanOpenPct ? new TableLink(TableSubject.Pct, r.Pct.Code) : null,
            },
            new(ShaCode, CellKind.Text, r => r.Pct.ShaCode) { Key = "sha", Sortable = true },
            new("Competency half" + Unit, CellKind.Number, r => r.Pct.Composite.CompetencyHalf) { Key = "competencies", Sortable = true },
            new("Governance half" + Unit, CellKind.Number, r => r.Pct.Composite.GovernanceHalf) { Key = "governance", Sortable = true },
            new(Composite, CellKind.Number, r => r.Point?.Score) { Key = "composite", Sortable = true, Display = r => OnePlace(r.Point?.Score) },
            new("England's composite", CellKind.Number, _ => source.England) { Under = Composite, Display = _ => OnePlace(source.England) },
            new("Standard error", CellKind.Number, r => r.Point?.StandardError) { Under = Composite, Display = r => OnePlace(r.Point?.StandardError) },
        };
        columns.AddRange(FunnelLimitColumns.For<WccFunnelRow>(Unit, 1, r => r.Point is { } p ? (p.Limits, p.Position) : null)
            .Select(c => c.Heading == FunnelLimitColumns.Position ? c with { Key = "position", Sortable = true } : c));
        columns.Add(new("Overdispersion adjustment applied", CellKind.YesNo, _ => source.Overdispersion.Applied) { Under = FunnelLimitColumns.Position });
        columns.Add(LeftOut, CellKind.Text, r => r.Pct.Composite.Note);
        return columns;
    }

    public override string TitleOf(WccFunnel source) => $"WCC composite by PCT {source.Source.Year.Label}: caterpillar plot";
    public override string SubjectNameOf(WccFunnel source) => "england";

    protected override IEnumerable<WccFunnelRow> RowsOf(WccFunnel source, TableFilters filters) =>
        source.Points.OrderByDescending(p => p.Rank).Select(p => new WccFunnelRow(p.Pct, p))
            .Concat(source.WithoutComposite.Select(p => new WccFunnelRow(p, null)));

    public override async ValueTask<WccFunnel> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        WccFunnel.From(await services.Sender.Send(new GetWccComposites(request.Year), cancellationToken));

    /// <summary>75.0: a score on the 0 to 100 scale, to one place, as the plot labels it.</summary>
    private static string OnePlace(object? score) => score is double value ? value.ToString("0.0", CellText.EnGb) : CellText.NoValue;
}
