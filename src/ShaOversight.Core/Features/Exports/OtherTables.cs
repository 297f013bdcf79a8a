using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;

namespace ShaOversight.Core.Features.Exports;

/// <summary>The England, PCT, contract and pilot pages' tables, from the same query results as the pages.</summary>
public static class OtherTables
{
    public static TableExport ContractMonths(ContractDetail contract) => new($"{contract.Reference} months",
        [
            new("Month", CellKind.Date), new("Phased target (£)", CellKind.Money), new("Claimed (£)", CellKind.Money),
            new("Validated (£)", CellKind.Money), new("Cumulative target (£)", CellKind.Money), new("Cumulative validated (£)", CellKind.Money),
        ],
        contract.Months.Select(m => (IReadOnlyList<object?>)
            [m.Month, m.Target, m.Claimed, m.Validated, m.CumulativeTarget, m.CumulativeValidated]));

    public static TableExport ContractSpc(ContractDetail contract) =>
        SpcTable.From($"{contract.Reference} validated savings against target SPC", SpcTable.AchievementHeader, CellKind.Number, contract.AchievementSpc,
            contract.AchievementNotes);
}
