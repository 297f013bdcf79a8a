using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>An SHA's FESC uptake icon summary.</summary>
public sealed class UptakeSummaryTable : SummaryMeasuresTable
{
    public override string Key => "uptake-summary";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's FESC uptake icon summary.";

    public static PageSummary Of(RegionUptake uptake) => new(uptake.Sha.Name, $"{uptake.Sha.Name} FESC uptake summary", IconSummaries.Uptake(uptake));

    public override async ValueTask<PageSummary> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetRegionUptake(request.Sha ?? "", request.AsAt), cancellationToken));
}
