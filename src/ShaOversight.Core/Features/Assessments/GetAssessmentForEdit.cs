using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Assessments;

/// <summary>A PCT's assessment for one round as it stands, for the form that records it.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record GetAssessmentForEdit(string PctCode, FinancialYear Year) : IQuery<AssessmentValues>;

/// <summary>
/// Scores holds one entry per competency, in number order: 1 to 4, or null where the score is
/// missing (never zero). Version is null when the PCT has no assessment for the round yet.
/// </summary>
public sealed record AssessmentValues(
    string PctCode, string PctName, FinancialYear Year, IReadOnlyList<CompetencyHeading> Competencies,
    Rag? StrategyRag, Rag? FinanceRag, Rag? BoardRag, IReadOnlyList<int?> Scores, int? Version) : IEditedValues
{
    public static string TargetFor(string pctCode, FinancialYear year) => $"assessment {pctCode} {year.Label}";

    public string Target => TargetFor(PctCode, Year);

    /// <summary>False for a month or round no one has recorded yet.</summary>
    public bool IsStored => Version is not null;
}

public sealed class GetAssessmentForEditHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetAssessmentForEdit, AssessmentValues>
{
    public async ValueTask<AssessmentValues> Handle(GetAssessmentForEdit query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (values, regionId) = await LoadAsync(db, query.PctCode, query.Year, cancellationToken);
        EditSteps.DemandWrite(user, regionId, values.Target, shownAsNotFound: $"PCT '{query.PctCode}'");
        return values;
    }

    internal static async Task<(AssessmentValues Values, int RegionId)> LoadAsync(AppDbContext db, string pctCode, FinancialYear year, CancellationToken cancellationToken)
    {
        var pct = await db.Organisations.AsNoTracking()
            .Where(o => o.Code == pctCode && Organisation.CommissionerKinds.Contains(o.Kind) && o.ParentId != null)
            .Select(o => new { o.Id, o.Code, o.Name, RegionId = o.ParentId!.Value })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"PCT '{pctCode}'");
        var (round, competencies) = await CompetencyHeadings.LoadAsync(db, year, cancellationToken);
        if (round is null) throw new NotFoundException($"An assessment round for {year.Label}");

        var stored = await db.Assessments.AsNoTracking().Where(a => a.PctId == pct.Id && a.AssessmentYear.Year == year)
            .Select(a => new { a.StrategyRag, a.FinanceRag, a.BoardRag, a.Version, Scores = a.Scores.Select(s => new { s.CompetencyNumber, s.Score }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        var scores = competencies.Select(c => stored?.Scores.FirstOrDefault(s => s.CompetencyNumber == c.Number)?.Score).ToList();
        return (new AssessmentValues(pct.Code, pct.Name, year, competencies, stored?.StrategyRag, stored?.FinanceRag, stored?.BoardRag, scores, stored?.Version),
            pct.RegionId);
    }
}
