using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Overview;

/// <summary>The England page's icon summary.</summary>
public sealed class EnglandSummaryTable : SummaryMeasuresTable
{
    public override string Key => "england-summary";
    public override TableSubject Subject => TableSubject.England;
    public override string Description => "The England page's icon summary.";

    public static PageSummary Of(EnglandOverview overview, DashboardSettings settings) =>
        new("england", "England summary", IconSummaries.England(overview, settings));

    public override async ValueTask<PageSummary> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetEnglandOverview(request.Year, request.AsAt), cancellationToken), services.Settings);
}
