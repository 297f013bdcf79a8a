using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>An SHA's contract savings icon summary: the region's totals, whatever the lens's filters.</summary>
public sealed class SavingsSummaryTable : SummaryMeasuresTable
{
    public override string Key => "savings-summary";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's contract savings icon summary.";

    public static PageSummary Of(RegionSavings savings, DashboardSettings settings) => new(savings.Sha.Name,
        $"{savings.Sha.Name} contract savings summary", IconSummaries.Savings(savings.Total, savings.AchievementSpc, settings));

    public override async ValueTask<PageSummary> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetRegionSavings(request.Sha ?? "", request.AsAt), cancellationToken), services.Settings);
}
