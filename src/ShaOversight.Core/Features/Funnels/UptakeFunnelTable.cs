using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>The points of England's uptake funnel, with each SHA's limits around England's share.</summary>
public sealed class UptakeFunnelTable : FeatureTable<UptakeFunnel, UptakeFunnelPoint>
{
    public const string Sha = "SHA";
    public const string PctCount = "PCTs";
    public const string Uptake = "Uptake (%)";
    public const string Lower95 = "95% lower limit (%)";

    public override string Key => "uptake-funnel";
    public override TableSubject Subject => TableSubject.England;
    public override string Description => "Each SHA's FESC uptake against England's, with its funnel limits.";

    public override TableColumns<UptakeFunnelPoint> ColumnsFor(UptakeFunnel source)
    {
        TableColumns<UptakeFunnelPoint> columns = new()
        {
            new("Code", CellKind.Text, p => p.Code) { Under = Sha },
            new(Sha, CellKind.Text, p => p.Name) { Link = p => new TableLink(TableSubject.Sha, p.Code) },
            { PctCount, CellKind.Integer, p => p.PctCount },
            { "PCTs with a FESC contract awarded", CellKind.Integer, p => p.PctsWithContractAwarded },
            { Uptake, CellKind.Percent, p => p.Share * 100 },
            new("England's uptake (%)", CellKind.Percent, _ => source.Target * 100) { Under = Uptake },
        };
        columns.AddRange(FunnelLimitColumns.For<UptakeFunnelPoint>(" (%)", CellKind.Percent, 100, p => p.Limits, p => p.Position));
        return columns;
    }

    public override string TitleOf(UptakeFunnel source) => "FESC uptake by SHA: funnel plot";
    public override string SubjectNameOf(UptakeFunnel source) => "england";
    protected override IEnumerable<UptakeFunnelPoint> RowsOf(UptakeFunnel source, TableFilters filters) => source.Points;

    public override async ValueTask<UptakeFunnel> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        UptakeFunnel.From(await services.Sender.Send(new GetEnglandOverview(request.Year, request.AsAt), cancellationToken));
}
