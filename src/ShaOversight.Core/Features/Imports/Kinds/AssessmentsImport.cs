using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Imports.Kinds;

/// <summary>
/// World Class Commissioning assurance results: one row per PCT and round, with a score for
/// each competency and the three governance ratings. The row replaces the PCT's result for
/// the round; a blank score means not scored and removes any score held, never zero.
/// </summary>
public sealed class AssessmentsImport : IImportKind
{
    public const string PctColumn = "PCT code";
    public const string YearColumn = "Year";
    public const string StrategyColumn = "Strategy RAG";
    public const string FinanceColumn = "Finance RAG";
    public const string BoardColumn = "Board RAG";
    public const int CompetencyCount = 11;

    public static string CompetencyColumn(int number) => $"Competency {number}";

    private static readonly ChoiceSet<Rag> Rags = new(("Red", Rag.Red), ("Amber", Rag.Amber), ("Green", Rag.Green));

    public ImportKind Kind => ImportKind.Assessments;
    public string Title => "WCC assessments";
    public string Description => "A PCT's World Class Commissioning result for a round: competency scores 1 to 4 and governance RAG ratings. The row replaces the PCT's result for that round.";

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(PctColumn, "The PCT's organisation code, e.g. 5AT."),
        new(YearColumn, "The assurance round's year, e.g. 2009/10."),
        .. Enumerable.Range(1, CompetencyCount).Select(n => new ImportColumn(CompetencyColumn(n), $"Score for competency {n}, 1 to 4. Leave blank if it was not scored.", Required: false)),
        new(StrategyColumn, "Red, Amber or Green; blank if not rated.", Required: false),
        new(FinanceColumn, "Red, Amber or Green; blank if not rated.", Required: false),
        new(BoardColumn, "Red, Amber or Green; blank if not rated.", Required: false),
    ];

    public IReadOnlyList<string[]> ExampleRows { get; } =
    [
        ["5AT", "2009/10", "2", "2", "3", "2", "1", "2", "2", "3", "2", "2", "2", "Green", "Amber", "Green"],
    ];

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var years = await db.AssessmentYears.ToListAsync(cancellationToken);
        var duplicates = new DuplicateRows<(int, int)>("the same PCT and year");
        var wanted = new List<(OrganisationInScope Pct, AssessmentYear Year, Dictionary<int, int> Scores, Rag? Strategy, Rag? Finance, Rag? Board)>();

        foreach (var row in rows)
        {
            var code = row.Required(PctColumn, 12);
            var yearText = row.Required(YearColumn, 7);
            var year = yearText is null ? null : years.FirstOrDefault(y => y.Year.ToString() == yearText);
            if (yearText is not null && year is null)
                row.Problem(YearColumn, $"{ImportProblem.Quote(yearText)} is not an assurance round. The rounds are: {string.Join(", ", years.Select(y => y.Year.ToString()))}.");
            var unrated = year is null ? new HashSet<int>() : AssessmentYear.ParseUnrated(year.UnratedCompetencies);
            var scores = new Dictionary<int, int>();
            for (var number = 1; number <= CompetencyCount; number++)
            {
                var score = row.WholeNumber(CompetencyColumn(number), required: false, CompetencyScore.Lowest, CompetencyScore.Highest);
                if (score is null) continue;
                if (unrated.Contains(number)) row.Problem(CompetencyColumn(number), $"competency {number} was not rated in {year!.Year}; leave it blank.");
                else scores[number] = score.Value;
            }
            var strategy = row.Choice(StrategyColumn, required: false, Rags);
            var finance = row.Choice(FinanceColumn, required: false, Rags);
            var board = row.Choice(BoardColumn, required: false, Rags);
            var pct = await context.WritableOrganisationAsync(row, PctColumn, code, cancellationToken);
            if (pct is not null && !pct.IsCommissioner) row.Problem(PctColumn, $"{pct.Code} ({pct.Name}) is not a PCT or care trust, so it is not assessed.");
            if (pct is null || year is null || row.HasProblems || !duplicates.IsFirst(row, (pct.Id, year.Id))) continue;
            wanted.Add((pct, year, scores, strategy, finance, board));
        }

        var plan = new TrackedImportPlan();
        if (context.Problems.Count > 0) return plan;

        var pctIds = wanted.Select(w => w.Pct.Id).Distinct().ToList();
        var held = await db.Assessments.Include(a => a.Scores)
            .Where(a => pctIds.Contains(a.PctId))
            .ToListAsync(cancellationToken);
        foreach (var (pct, year, scores, strategy, finance, board) in wanted)
        {
            plan.RegionIds.Add(pct.RegionId);
            var assessment = held.FirstOrDefault(a => a.PctId == pct.Id && a.AssessmentYearId == year.Id);
            if (assessment is null)
            {
                assessment = new Assessment { PctId = pct.Id, AssessmentYearId = year.Id, StrategyRag = strategy, FinanceRag = finance, BoardRag = board };
                foreach (var (number, score) in scores) assessment.Scores.Add(new CompetencyScore { CompetencyNumber = number, Score = score });
                plan.Add(assessment);
                continue;
            }
            var before = Describe(assessment);
            assessment.StrategyRag = strategy;
            assessment.FinanceRag = finance;
            assessment.BoardRag = board;
            foreach (var gone in assessment.Scores.Where(s => !scores.ContainsKey(s.CompetencyNumber)).ToList()) assessment.Scores.Remove(gone);
            foreach (var (number, score) in scores)
            {
                if (assessment.Scores.FirstOrDefault(s => s.CompetencyNumber == number) is { } existing) existing.Score = score;
                else assessment.Scores.Add(new CompetencyScore { CompetencyNumber = number, Score = score });
            }
            var after = Describe(assessment);
            if (before == after) plan.LeaveAlone();
            else plan.Change(assessment, new RecordChange($"{pct.Code} {year.Year}", before, after));
        }
        return plan;
    }

    private static string Describe(Assessment a) =>
        $"scores {string.Join(" ", Enumerable.Range(1, CompetencyCount).Select(n => a.Scores.FirstOrDefault(s => s.CompetencyNumber == n)?.Score.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"))}; " +
        $"strategy {a.StrategyRag?.ToString() ?? "–"}, finance {a.FinanceRag?.ToString() ?? "–"}, board {a.BoardRag?.ToString() ?? "–"}";
}
