using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>The pilot tracker's icon summary.</summary>
public sealed class PilotsSummaryTable : SummaryMeasuresTable
{
    public override string Key => "pilots-summary";
    public override TableSubject Subject => TableSubject.England;
    public override string Description => "The pilot tracker's icon summary.";

    public static PageSummary Of(PilotTracker tracker) => new("fesc", "FESC pilots summary", IconSummaries.Pilots(tracker));

    public override async ValueTask<PageSummary> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetPilots(), cancellationToken));
}
