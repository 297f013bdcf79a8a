using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pcts;

/// <summary>The contracts serving a PCT, with the savings lens's columns.</summary>
public sealed class PctContractsTable : FeatureTable<PctDashboard, ContractSavingsRow>
{
    public override string Key => "pct-contracts";
    public override TableSubject Subject => TableSubject.Pct;
    public override string Description => "The contracts serving a PCT.";

    public override TableColumns<ContractSavingsRow> ColumnsFor(PctDashboard source) => ContractSavingsColumns.All;
    public override string TitleOf(PctDashboard source) => $"{source.Pct.Name} contracts";
    public override string SubjectNameOf(PctDashboard source) => source.Pct.Name;
    protected override IEnumerable<ContractSavingsRow> RowsOf(PctDashboard source, TableFilters filters) => source.Contracts;

    public override async ValueTask<PctDashboard> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetPctDashboard(request.Pct ?? "", request.Year, request.AsAt), cancellationToken);
}
