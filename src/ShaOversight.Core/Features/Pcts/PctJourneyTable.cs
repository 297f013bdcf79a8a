using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pcts;

/// <summary>A PCT's FESC stage history, oldest first.</summary>
public sealed class PctJourneyTable : FeatureTable<PctDashboard, StageEntry>
{
    public const string Stage = "Stage";
    public const string On = "On";
    public const string Note = "Note";

    public static readonly TableColumns<StageEntry> Columns = new()
    {
        { Stage, CellKind.Text, s => FescStageNames.Of(s.Stage) },
        { On, CellKind.Date, s => s.On },
        { Note, CellKind.Text, s => s.Note },
        // Seeded history has no source; the page says where it came from rather than leave a gap.
        new("Source", CellKind.Text, s => s.Source) { Display = s => s.Source ?? "Demonstration data" },
    };

    public override string Key => "pct-journey";
    public override TableSubject Subject => TableSubject.Pct;
    public override string Description => "A PCT's FESC stage history.";

    public override TableColumns<StageEntry> ColumnsFor(PctDashboard source) => Columns;
    public override string TitleOf(PctDashboard source) => $"{source.Pct.Name} FESC journey";
    public override string SubjectNameOf(PctDashboard source) => source.Pct.Name;
    protected override IEnumerable<StageEntry> RowsOf(PctDashboard source, TableFilters filters) => source.StageHistory;

    public override async ValueTask<PctDashboard> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetPctDashboard(request.Pct ?? "", request.Year, request.AsAt), cancellationToken);
}
