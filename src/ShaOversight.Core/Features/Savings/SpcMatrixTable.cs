using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// The savings lens's SPC summary by contract: each contract's latest validated month and its chart's icons.
/// The query works out every row and hands on one page, in the order asked for (<c>?savings-spc-matrix-page=2</c>).
/// </summary>
public sealed class SpcMatrixTable : FeatureTable<RegionSpcMatrix, SpcMatrixRow>
{
    public const string Reference = "Reference";
    public const string Variation = "Variation icon";
    public const string Assurance = "Assurance icon";

    public static readonly TableColumns<SpcMatrixRow> Columns = new()
    {
        new(Reference, CellKind.Text, r => r.Reference) { Key = "contract", Sortable = true, Link = r => new TableLink(TableSubject.Contract, $"{r.ContractId}") },
        new("Buyer", CellKind.Text, r => r.BuyerName) { Sortable = true },
        new("Latest validated month", CellKind.Date, r => r.LatestMonth) { Key = "month", Sortable = true, Display = r => CellText.Month(r.LatestMonth) },
        new(SpcFiguresTable.AchievementHeader, CellKind.Percent, r => r.Latest) { Key = "latest", Sortable = true },
        { "Target (%)", CellKind.Percent, r => r.Target },
        // Sorted by what a board must act on first, not by the icons' names.
        new(Variation, CellKind.Text, r => IconWords.Of(r.Variation)) { Key = "variation", Sortable = true, SortBy = r => VariationOrder(r.Variation) },
        new(Assurance, CellKind.Text, r => IconWords.Of(r.Assurance)) { Key = "assurance", Sortable = true, SortBy = r => AssuranceOrder(r.Assurance) },
        new("Trial limits", CellKind.YesNo, r => r.AreTrialLimits) { Under = Variation },
    };

    public override string Key => "savings-spc-matrix";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's contracts, each with its latest validated month and SPC icons (the SPC summary matrix).";
    public override int? PageSize => ContractPageRequest.Size;

    public override TableColumns<SpcMatrixRow> ColumnsFor(RegionSpcMatrix source) => Columns;
    public override string TitleOf(RegionSpcMatrix source) => $"{source.Sha.Name} SPC summary by contract";
    public override string SubjectNameOf(RegionSpcMatrix source) => source.Sha.Name;
    protected override IEnumerable<SpcMatrixRow> RowsOf(RegionSpcMatrix source, TableFilters filters) => source.Rows;

    /// <summary>The page the query handed on; a matrix read whole (no page asked for) is cut here.</summary>
    public override TablePage<SpcMatrixRow> Show(RegionSpcMatrix source, TableRequest request) => source.Listing is { } listing
        ? new(source.Rows, listing.Count, listing.Page, listing.PageCount, listing.Sort)
        : base.Show(source, request);

    public override async ValueTask<RegionSpcMatrix> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(Query(request), cancellationToken);

    public static GetRegionSpcMatrix Query(TableRequest request) => new(request.Sha ?? "", request.AsAt, request.View);

    // Concern first, then neutral special cause, then common cause, then improvement; no chart last.
    private static int VariationOrder(VariationIcon icon) => icon switch
    {
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => 0,
        VariationIcon.NeutralHigh or VariationIcon.NeutralLow => 1,
        VariationIcon.CommonCause => 2,
        VariationIcon.None => 4,
        _ => 3,
    };

    private static int AssuranceOrder(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyFail => 0,
        AssuranceIcon.Inconsistent => 1,
        AssuranceIcon.ConsistentlyPass => 2,
        _ => 3,
    };
}
