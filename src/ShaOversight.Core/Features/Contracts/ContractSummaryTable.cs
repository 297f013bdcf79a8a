using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>A contract's savings icon summary.</summary>
public sealed class ContractSummaryTable : SummaryMeasuresTable
{
    public override string Key => "contract-summary";
    public override TableSubject Subject => TableSubject.Contract;
    public override string Description => "A contract's savings icon summary.";

    public static PageSummary Of(ContractDetail contract, DashboardSettings settings) => new($"contract-{contract.Reference}",
        $"{contract.Reference} savings summary", IconSummaries.Savings(contract.Measures, contract.AchievementSpc, settings));

    public override async ValueTask<PageSummary> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetContract(request.Contract ?? 0, request.AsAt), cancellationToken), services.Settings);
}
