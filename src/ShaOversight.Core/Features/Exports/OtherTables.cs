using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;

namespace ShaOversight.Core.Features.Exports;

/// <summary>The England, PCT, contract and pilot pages' tables, from the same query results as the pages.</summary>
public static class OtherTables
{
    public static TableExport England(EnglandOverview overview) => new($"England {overview.Year.Label}",
        [
            new("Code", CellKind.Text), new("SHA", CellKind.Text), new("PCTs", CellKind.Integer),
            new("PCTs with a FESC contract awarded", CellKind.Integer), new("Uptake (%)", CellKind.Number),
            new("Contracts live", CellKind.Integer), new("Validated savings (£)", CellKind.Money), new("Phased target (£)", CellKind.Money),
            new("Achievement (%)", CellKind.Number), new("Mean WCC score", CellKind.Number), new("Pilots", CellKind.Integer),
        ],
        overview.Regions.Append(overview.England).Select(r => (IReadOnlyList<object?>)
        [
            r.Code, r.Name, r.PctCount, r.PctsWithContractAwarded, RegionTables.Percent(r.UptakeShare), r.ContractsLive,
            r.ValidatedSavings, r.PhasedTarget, RegionTables.Percent(r.Achievement), r.MeanCompetencyScore, r.Pilots,
        ]));

    public static TableExport PctJourney(PctDashboard pct) => new($"{pct.Pct.Name} FESC journey",
        [new("Stage", CellKind.Text), new("On", CellKind.Date), new("Note", CellKind.Text), new("Source", CellKind.Text)],
        pct.StageHistory.Select(s => (IReadOnlyList<object?>)[FescStageNames.Of(s.Stage), s.On, s.Note, s.Source]));

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
