using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>A pilot's milestones, planned against actual, with its slippage in words on screen and paper and in days in the files.</summary>
public sealed class PilotMilestonesTable : FeatureTable<PilotDetail, MilestoneRow>
{
    public override string Key => "pilot-milestones";
    public override TableSubject Subject => TableSubject.Pilot;
    public override string Description => "A pilot's milestones, planned against actual (timeline chart).";

    private static readonly TableColumns<MilestoneRow> Columns = new()
    {
        { "Milestone", CellKind.Text, m => m.Title },
        { "Planned", CellKind.Date, m => m.PlannedOn },
        new("Actual", CellKind.Date, m => m.ActualOn) { Display = m => m.ActualOn is { } on ? CellText.Of(on, CellKind.Date) : "Not yet met" },
        { "Status", CellKind.Text, m => MilestoneStatusNames.Of(m.Status) },
        new("Days late (negative: early)", CellKind.Integer, m => m.DaysLate) { Display = m => MilestoneSlippage.InWords(m.DaysLate) },
    };

    public override TableColumns<MilestoneRow> ColumnsFor(PilotDetail source) => Columns;
    public override string TitleOf(PilotDetail source) => $"{source.Name} milestones";
    public override string SubjectNameOf(PilotDetail source) => source.Name;
    protected override IEnumerable<MilestoneRow> RowsOf(PilotDetail source, TableFilters filters) => source.Milestones;

    public override async ValueTask<PilotDetail> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetPilot(request.Pilot ?? 0), cancellationToken);
}
