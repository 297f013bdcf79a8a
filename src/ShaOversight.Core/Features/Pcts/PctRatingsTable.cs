using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pcts;

/// <summary>One competency of a PCT's ratings: its score this year and last, and the medians to compare it with.</summary>
public sealed record CompetencyRatingRow(CompetencyHeading Competency, int? Score, int? PreviousScore, decimal? RegionMedian, decimal? NationalMedian);

/// <summary>Behind a PCT's competency chart: its scores against the regional and national medians, a row a competency.</summary>
public sealed class PctRatingsTable : FeatureTable<PctDashboard, CompetencyRatingRow>
{
    public const string Score = "Score";

    public override string Key => "pct-ratings";
    public override TableSubject Subject => TableSubject.Pct;
    public override string Description => "A PCT's WCC scores against the regional and national medians (radar chart).";

    public override TableColumns<CompetencyRatingRow> ColumnsFor(PctDashboard source) => new()
    {
        { "Competency", CellKind.Integer, r => r.Competency.Number },
        new("Name", CellKind.Text, r => r.Competency.Name) { Under = "Competency" },
        { Score, CellKind.Integer, r => r.Score },
        { $"Score {source.Year.Previous.Label}", CellKind.Integer, r => r.PreviousScore },
        { "Regional median", CellKind.Number, r => r.RegionMedian },
        { "National median", CellKind.Number, r => r.NationalMedian },
    };

    public override string TitleOf(PctDashboard source) => $"{source.Pct.Name} WCC {source.Year.Label}";
    public override string SubjectNameOf(PctDashboard source) => source.Pct.Name;

    protected override IEnumerable<CompetencyRatingRow> RowsOf(PctDashboard source, TableFilters filters)
    {
        var ratings = source.Ratings;
        return ratings.Competencies.Select((c, i) => new CompetencyRatingRow(
            c, ratings.Scores[i], ratings.PreviousScores.ElementAtOrDefault(i), ratings.RegionMedians[i], ratings.NationalMedians[i]));
    }

    public override async ValueTask<PctDashboard> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetPctDashboard(request.Pct ?? "", request.Year, request.AsAt), cancellationToken);
}
