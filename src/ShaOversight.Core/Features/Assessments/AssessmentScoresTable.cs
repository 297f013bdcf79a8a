using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>The assurance lens's heat map: a row a PCT, then the regional and national medians, as on the page.</summary>
public sealed class AssessmentScoresTable : FeatureTable<RegionAssessments, AssessmentScoreRow>
{
    public const string RegionalMedian = "Regional median";
    public const string NationalMedian = "National median";

    public override string Key => "wcc-scores";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's WCC scores, governance ratings and year-on-year movement (heat map).";

    public override TableColumns<AssessmentScoreRow> ColumnsFor(RegionAssessments source) => AssessmentScoreColumns.For(source);
    public override string TitleOf(RegionAssessments source) => $"{source.Sha.Name} WCC {source.Year.Label}";
    public override string SubjectNameOf(RegionAssessments source) => source.Sha.Name;

    protected override IEnumerable<AssessmentScoreRow> RowsOf(RegionAssessments source, TableFilters filters) =>
    [
        .. source.Pcts.Select(AssessmentScoreRow.Of),
        new(RegionalMedian, null, source.RegionMedians),
        new(NationalMedian, null, source.NationalMedians),
    ];

    public override async ValueTask<RegionAssessments> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetRegionAssessments(request.Sha ?? "", request.Year), cancellationToken);
}
