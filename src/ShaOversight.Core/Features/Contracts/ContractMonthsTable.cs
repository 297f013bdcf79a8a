using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>A contract's months: its phased target, what was claimed and validated, and the running totals.</summary>
public sealed class ContractMonthsTable : FeatureTable<ContractDetail, ContractMonth>
{
    public const string Month = "Month";
    public const string Claimed = "Claimed (£)";
    public const string Validated = "Validated (£)";

    public static readonly TableColumns<ContractMonth> Columns = new()
    {
        // In full ("June 2008"), as the contract page names the month it shows.
        new(Month, CellKind.Date, m => m.Month) { Display = m => m.Month.ToString("MMMM yyyy", CellText.EnGb) },
        { "Phased target (£)", CellKind.Money, m => m.Target },
        { Claimed, CellKind.Money, m => m.Claimed },
        { Validated, CellKind.Money, m => m.Validated },
        { "Cumulative target (£)", CellKind.Money, m => m.CumulativeTarget },
        { "Cumulative validated (£)", CellKind.Money, m => m.CumulativeValidated },
    };

    public override string Key => "contract-months";
    public override TableSubject Subject => TableSubject.Contract;
    public override string Description => "A contract's months: target, claimed, validated.";

    public override TableColumns<ContractMonth> ColumnsFor(ContractDetail source) => Columns;
    public override string TitleOf(ContractDetail source) => $"{source.Reference} months";
    public override string SubjectNameOf(ContractDetail source) => FileSubject(source);

    /// <summary>Whose table, in the name of each of the contract page's files.</summary>
    internal static string FileSubject(ContractDetail contract) => $"contract-{contract.Reference}";
    protected override IEnumerable<ContractMonth> RowsOf(ContractDetail source, TableFilters filters) => source.Months;

    public override async ValueTask<ContractDetail> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await LoadContractAsync(services, request, cancellationToken);

    /// <summary>The contract page's own query, for each of its tables.</summary>
    internal static async ValueTask<ContractDetail> LoadContractAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetContract(request.Contract ?? 0, request.AsAt), cancellationToken);
}
