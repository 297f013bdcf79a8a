using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Overview;

/// <summary>
/// The England page's table: the SHAs the viewer may see, side by side (by name unless another
/// order is asked for), then England's row, which stays last whatever the order.
/// </summary>
public sealed class EnglandTable : FeatureTable<EnglandOverview, ShaOverviewRow>
{
    public const string Sha = "SHA";
    public const string Uptake = "Uptake (%)";

    public static readonly TableColumns<ShaOverviewRow> Columns = new()
    {
        new("Code", CellKind.Text, r => r.Code) { Under = Sha },
        new(Sha, CellKind.Text, r => r.Name) { Sortable = true, Link = ShaPage },
        new("PCTs", CellKind.Integer, r => r.PctCount) { Sortable = true },
        new("PCTs with a FESC contract awarded", CellKind.Integer, r => r.PctsWithContractAwarded) { Under = Uptake },
        new(Uptake, CellKind.Percent, r => r.UptakeShare * 100) { Key = "uptake", Sortable = true },
        new("Contracts live", CellKind.Integer, r => r.ContractsLive) { Sortable = true },
        new("Validated savings (£)", CellKind.Money, r => r.ValidatedSavings) { Key = "validated", Sortable = true, Display = r => Compact(r.ValidatedSavings) },
        new("Phased target (£)", CellKind.Money, r => r.PhasedTarget) { Key = "target", Sortable = true, Display = r => Compact(r.PhasedTarget) },
        new("Achievement (%)", CellKind.Percent, r => r.Achievement * 100) { Key = "achieved", Sortable = true },
        new("Mean WCC score", CellKind.Number, r => r.MeanCompetencyScore) { Key = "wcc", Sortable = true, Display = r => Score(r.MeanCompetencyScore) },
        new("Pilots", CellKind.Integer, r => r.Pilots) { Sortable = true },
    };

    public override string Key => "england";
    public override TableSubject Subject => TableSubject.England;
    public override string Description => "The ten SHAs side by side (the England page).";

    /// <summary>The page's main table: <c>?sort=uptake-desc</c>.</summary>
    public override string AddressPrefix => "";

    public override TableColumns<ShaOverviewRow> ColumnsFor(EnglandOverview source) => Columns;
    public override string TitleOf(EnglandOverview source) => $"England {source.Year.Label}";
    public override string SubjectNameOf(EnglandOverview source) => "england";
    protected override IEnumerable<ShaOverviewRow> RowsOf(EnglandOverview source, TableFilters filters) => source.Regions.OrderBy(r => r.Name, StringComparer.Ordinal);

    public override TablePage<ShaOverviewRow> Show(EnglandOverview source, TableRequest request)
    {
        var regions = base.Show(source, request);
        // No SHA in the viewer's scope: an empty table says so, rather than England's row alone.
        return regions.Count == 0 ? regions : TablePage<ShaOverviewRow>.Whole([.. regions.Rows, source.England], regions.Sort);
    }

    public override async ValueTask<EnglandOverview> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetEnglandOverview(request.Year, request.AsAt), cancellationToken);

    /// <summary>England's own row (id 0) has no SHA page to open.</summary>
    private static TableLink? ShaPage(ShaOverviewRow row) => row.ShaId == 0 ? null : new TableLink(TableSubject.Sha, row.Code);

    private static string Compact(object? amount) => amount is decimal value ? CellText.CompactMoney(value) : CellText.NoValue;

    /// <summary>2.25: a mean of scores 1 to 4, to two places as the WCC pages give it.</summary>
    private static string Score(object? score) => score is decimal value ? value.ToString("0.00", CellText.EnGb) : CellText.NoValue;
}
