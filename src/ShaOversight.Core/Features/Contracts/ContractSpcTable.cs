using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>A contract's savings achievement chart's figures: the same columns as every savings XmR chart.</summary>
public sealed class ContractSpcTable : SpcFiguresTable
{
    public override string Key => "contract-spc";
    public override TableSubject Subject => TableSubject.Contract;
    public override string Description => "A contract's XmR chart of validated savings as a % of each month's phased target, with SPC columns.";

    public static SpcFigures Of(ContractDetail contract) =>
        new(contract.Reference, ContractMonthsTable.FileSubject(contract), contract.AchievementSpc, contract.AchievementNotes);

    public override async ValueTask<SpcFigures> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await ContractMonthsTable.LoadContractAsync(services, request, cancellationToken));
}
