using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>The figures behind the assurance lens's movement chart: each PCT's mean before and now, in the chart's order.</summary>
public sealed class WccMovementTable : FeatureTable<RegionAssessments, AssessmentScoreRow>
{
    public override string Key => "wcc-movement";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's year-on-year movement in each PCT's mean WCC score, largest rise first (chart).";

    public override TableColumns<AssessmentScoreRow> ColumnsFor(RegionAssessments source) => AssessmentScoreColumns.Movements(source.Year);
    public override string TitleOf(RegionAssessments source) => $"{source.Sha.Name} WCC movement {source.Year.Label}";
    public override string SubjectNameOf(RegionAssessments source) => source.Sha.Name;

    protected override IEnumerable<AssessmentScoreRow> RowsOf(RegionAssessments source, TableFilters filters) =>
        AssessmentScoreColumns.InMovementOrder(source.Pcts).Select(AssessmentScoreRow.Of);

    public override async ValueTask<RegionAssessments> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetRegionAssessments(request.Sha ?? "", request.Year), cancellationToken);
}
