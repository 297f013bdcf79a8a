using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>
/// Records a PCT's assessment for a round: governance ratings and one score per competency, in
/// number order, null where missing. Version is the one the user started from, null if none yet.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record RecordAssessment(
    string PctCode, FinancialYear Year, Rag? StrategyRag, Rag? FinanceRag, Rag? BoardRag, IReadOnlyList<int?> Scores, int? Version)
    : ICommand<EditOutcome<AssessmentValues>>;

public sealed class RecordAssessmentValidator : AbstractValidator<RecordAssessment>
{
    public const int CompetencyCount = 11;

    public RecordAssessmentValidator()
    {
        RuleFor(c => c.Scores).Must(s => s.Count == CompetencyCount).WithMessage("Give a score, or leave a blank, for each of the 11 competencies.");
        RuleForEach(c => c.Scores).Must(s => s is null or >= CompetencyScore.Lowest and <= CompetencyScore.Highest)
            .WithMessage("A score is 1, 2, 3 or 4; leave it blank if it is missing.");
        RuleFor(c => c.StrategyRag).IsInEnum();
        RuleFor(c => c.FinanceRag).IsInEnum();
        RuleFor(c => c.BoardRag).IsInEnum();
    }
}

public sealed class RecordAssessmentHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<RecordAssessment, EditOutcome<AssessmentValues>>
{
    public async ValueTask<EditOutcome<AssessmentValues>> Handle(RecordAssessment command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (before, regionId) = await GetAssessmentForEditHandler.LoadAsync(db, command.PctCode, command.Year, cancellationToken);
        EditSteps.DemandWrite(user, regionId, before.Target);
        for (var i = 0; i < before.Competencies.Count; i++)
        {
            if (!before.Competencies[i].Rated && command.Scores[i] is not null)
                throw EditSteps.Invalid($"{nameof(command.Scores)}[{i}]", $"Competency {i + 1} was not rated in {command.Year.Label}; leave it blank.");
        }

        var assessment = await db.Assessments.Include(a => a.Scores)
            .SingleOrDefaultAsync(a => a.Pct.Code == command.PctCode && a.AssessmentYear.Year == command.Year, cancellationToken);
        var isFirst = assessment is null;
        if (assessment is null)
        {
            assessment = new Assessment
            {
                PctId = await db.Organisations.Where(o => o.Code == command.PctCode).Select(o => o.Id).SingleAsync(cancellationToken),
                AssessmentYearId = await db.AssessmentYears.Where(y => y.Year == command.Year).Select(y => y.Id).SingleAsync(cancellationToken),
            };
            db.Assessments.Add(assessment);
        }
        else if (command.Version is { } startedFrom) EditSteps.ExpectVersion(db, assessment, startedFrom);
        else return await recording.ConflictAsync(Current, cancellationToken); // recorded by someone else after the user opened the blank form

        (assessment.StrategyRag, assessment.FinanceRag, assessment.BoardRag) = (command.StrategyRag, command.FinanceRag, command.BoardRag);
        ApplyScores(assessment, before.Competencies, command.Scores);
        var after = before with
        {
            StrategyRag = command.StrategyRag, FinanceRag = command.FinanceRag, BoardRag = command.BoardRag,
            Scores = command.Scores.ToList(),
        };
        recording.Audit(db, user, before.Target, before.Version is null ? null : Ratings(before), Ratings(after));
        return await recording.SaveAsync(db, user, regionId, () => after with { Version = assessment.Version }, Current, cancellationToken, isFirst);

        async Task<AssessmentValues> Current(AppDbContext fresh) =>
            (await GetAssessmentForEditHandler.LoadAsync(fresh, command.PctCode, command.Year, cancellationToken)).Values;
    }

    /// <summary>A score row exists only for a score given: a blank removes it, so missing stays missing.</summary>
    private static void ApplyScores(Assessment assessment, IReadOnlyList<CompetencyHeading> competencies, IReadOnlyList<int?> scores)
    {
        for (var i = 0; i < competencies.Count; i++)
        {
            var number = competencies[i].Number;
            var row = assessment.Scores.FirstOrDefault(s => s.CompetencyNumber == number);
            if (scores[i] is not { } score) { if (row is not null) assessment.Scores.Remove(row); }
            else if (row is null) assessment.Scores.Add(new CompetencyScore { CompetencyNumber = number, Score = score });
            else row.Score = score;
        }
    }

    private static object Ratings(AssessmentValues v) => new { v.StrategyRag, v.FinanceRag, v.BoardRag, v.Scores };
}
