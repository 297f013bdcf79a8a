using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// The savings lens's contracts: those the drill filters list, a page at a time in the order chosen.
/// The query pages them, so a circuit holds one page; this table shows the page it was given.
/// </summary>
public sealed class SavingsContractsTable : FeatureTable<RegionSavings, ContractSavingsRow>
{
    public override string Key => "savings-contracts";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's contracts and their savings measures.";
    public override int? PageSize => ContractPageRequest.Size;

    /// <summary>The lens's main table: <c>?page=2&amp;sort=validated-desc</c>.</summary>
    public override string AddressPrefix => "";

    public override TableColumns<ContractSavingsRow> ColumnsFor(RegionSavings source) => ContractSavingsColumns.All;
    public override string TitleOf(RegionSavings source) => $"{source.Sha.Name} contract savings";
    public override string SubjectNameOf(RegionSavings source) => source.Sha.Name;
    protected override IEnumerable<ContractSavingsRow> RowsOf(RegionSavings source, TableFilters filters) => source.Contracts;

    public override TablePage<ContractSavingsRow> Show(RegionSavings source, TableRequest request) =>
        new(source.Contracts, source.Listing.Count, source.Listing.Page, source.Listing.PageCount, source.Listing.Sort);

    public override async ValueTask<RegionSavings> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(Query(request), cancellationToken);

    /// <summary>The lens's query for a request: its filters, and its page and order (every contract when no page is named).</summary>
    public static GetRegionSavings Query(TableRequest request, DateOnly? month = null) => new(request.Sha ?? "", request.AsAt, month,
        request.Filters.List, request.Filters.Area, new ContractPageRequest(request.View.Page, request.View.Sort));
}
