using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>One contract with every month of its term up to the as-at date.</summary>
public sealed record GetContract(int Id, DateOnly AsAt) : IQuery<ContractDetail>;

public sealed record ContractDetail(
    int Id, string Reference, string Title, OrganisationRef Buyer, OrganisationRef Region, string Supplier, string List,
    IReadOnlyList<string> ServiceAreas, IReadOnlyList<OrganisationRef> Serves,
    DateOnly AwardedOn, DateOnly StartsOn, DateOnly EndsOn, decimal AnnualFee, decimal SavingsTarget, decimal GainSharePercent,
    string? Source, DateOnly AsAt, SavingsMeasures Measures, Rag? Rating, IReadOnlyList<ContractMonth> Months, XmrResult AchievementSpc)
{
    /// <summary>The FESC pilot whose body let this contract, if it is one, so the two pages link both ways.</summary>
    public int? PilotId { get; init; }

    /// <summary>The savings SPC's recorded recalculations (already applied to <see cref="AchievementSpc"/>) and annotations.</summary>
    public SeriesNotes AchievementNotes { get; init; } = SeriesNotes.None;
}

/// <summary>A month of the term: its target, and its return if one has come in. Missing is null, not zero.</summary>
public sealed record ContractMonth(DateOnly Month, decimal Target, decimal? Claimed, decimal? Validated, decimal CumulativeTarget, decimal CumulativeValidated);

public sealed class GetContractHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, DashboardSettings settings)
    : IQueryHandler<GetContract, ContractDetail>
{
    public async ValueTask<ContractDetail> Handle(GetContract query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contract = await db.Contracts.AsNoTracking().Where(c => c.Id == query.Id)
            .Select(c => new
            {
                c.Id, c.Reference, c.Title, c.AwardedOn, c.StartsOn, c.EndsOn, c.AnnualFee, c.SavingsTarget, c.GainSharePercent, c.Source,
                Buyer = new OrganisationRef(c.Buyer.Id, c.Buyer.Code, c.Buyer.Name),
                Region = c.Buyer.Parent == null
                    ? new OrganisationRef(c.Buyer.Id, c.Buyer.Code, c.Buyer.Name)
                    : new OrganisationRef(c.Buyer.Parent.Id, c.Buyer.Parent.Code, c.Buyer.Parent.Name),
                Supplier = c.Supplier.Name, List = c.FescList.Name,
                Areas = c.ServiceAreas.OrderBy(a => a.ServiceArea.Name).Select(a => a.ServiceArea.Name).ToList(),
                Serves = c.Coverage.OrderBy(cv => cv.Pct.Name).Select(cv => new OrganisationRef(cv.Pct.Id, cv.Pct.Code, cv.Pct.Name)).ToList(),
                PilotId = db.Pilots.Where(p => p.OrganisationId == c.BuyerId).Select(p => (int?)p.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Contract {query.Id}");

        if (!user.CanReadContract(contract.Region.Id, contract.Serves.Select(p => p.Id)))
            throw new AccessDeniedException($"contract {contract.Reference}", "the contract does not serve an organisation in the user's scope")
            { ShownAsNotFound = $"Contract {query.Id}" };

        var targets = await db.SavingsTargetPhases.Where(p => p.ContractId == query.Id && p.Month <= query.AsAt)
            .OrderBy(p => p.Month).Select(p => new { p.Month, p.Target }).ToListAsync(cancellationToken);
        var returns = await db.MonthlyReturns.Where(r => r.ContractId == query.Id && r.Month <= query.AsAt)
            .Select(r => new { r.Month, r.Claimed, r.Validated }).ToDictionaryAsync(r => r.Month, cancellationToken);

        var months = new List<ContractMonth>();
        decimal cumulativeTarget = 0, cumulativeValidated = 0;
        foreach (var phase in targets)
        {
            var returned = returns.GetValueOrDefault(phase.Month);
            cumulativeTarget += phase.Target;
            cumulativeValidated += returned?.Validated ?? 0;
            months.Add(new ContractMonth(phase.Month, phase.Target, returned?.Claimed, returned?.Validated, cumulativeTarget, cumulativeValidated));
        }

        var notes = await SeriesNotes.LoadAsync(db, new SpcSeries(SpcSeriesKind.Contract, contract.Id),
            SeriesOwner.NameOf(SpcSeriesKind.Contract, contract.Reference), query.AsAt, user.CanWriteRegion(contract.Region.Id), cancellationToken);
        var measures = SavingsMeasures.ForContract(new ContractTerms(contract.AnnualFee, contract.SavingsTarget, contract.StartsOn, contract.EndsOn),
            query.AsAt, cumulativeTarget, returns.Values.Sum(r => r.Claimed), cumulativeValidated, returns.Values.Count(r => r.Validated is not null));
        return new ContractDetail(contract.Id, contract.Reference, contract.Title, contract.Buyer, contract.Region, contract.Supplier, contract.List,
            contract.Areas, contract.Serves, contract.AwardedOn, contract.StartsOn, contract.EndsOn, contract.AnnualFee, contract.SavingsTarget,
            contract.GainSharePercent, contract.Source, query.AsAt, measures, measures.Rating(settings), months,
            SavingsSpc.Analyse(months.Where(m => m.Validated is not null).Select(m => (m.Month, m.Validated!.Value, m.Target)).ToList(), notes.Options))
        {
            PilotId = contract.PilotId,
            AchievementNotes = notes,
        };
    }
}
