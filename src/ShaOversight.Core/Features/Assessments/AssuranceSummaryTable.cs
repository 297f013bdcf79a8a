using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>An SHA's WCC assurance icon summary.</summary>
public sealed class AssuranceSummaryTable : SummaryMeasuresTable
{
    public override string Key => "assurance-summary";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's WCC assurance icon summary.";

    public static PageSummary Of(RegionAssessments assessments) =>
        new(assessments.Sha.Name, $"{assessments.Sha.Name} WCC assurance summary", IconSummaries.Assurance(assessments));

    public override async ValueTask<PageSummary> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetRegionAssessments(request.Sha ?? "", request.Year), cancellationToken));
}
