using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>
/// Records a month's return, or corrects one. Version is the one the user started from, null
/// when there was no return yet; Validated null means not validated yet, which is not zero.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record RecordMonthlyReturn(int ContractId, DateOnly Month, decimal Claimed, decimal? Validated, int? Version)
    : ICommand<EditOutcome<MonthlyReturnValues>>;

public sealed class RecordMonthlyReturnValidator : AbstractValidator<RecordMonthlyReturn>
{
    /// <summary>No FESC contract saved anything near £100m in a month; a bigger figure is a typing slip.</summary>
    public const decimal MonthlyCeiling = 100_000_000m;

    public RecordMonthlyReturnValidator()
    {
        RuleFor(c => c.Month.Day).Equal(1).OverridePropertyName(nameof(RecordMonthlyReturn.Month))
            .WithMessage("A return covers a whole month: give the month, not a day.");
        RuleFor(c => c.Claimed).InclusiveBetween(0, MonthlyCeiling)
            .WithMessage("Savings claimed must be between £0 and £100,000,000 for one month.");
        RuleFor(c => c.Validated).InclusiveBetween(0, MonthlyCeiling).When(c => c.Validated is not null)
            .WithMessage("Savings validated must be between £0 and £100,000,000, or left blank until validated.");
        RuleFor(c => c.Validated).LessThanOrEqualTo(c => c.Claimed).When(c => c.Validated is not null)
            .WithMessage("Savings validated cannot be more than the savings claimed.");
    }
}

public sealed class RecordMonthlyReturnHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<RecordMonthlyReturn, EditOutcome<MonthlyReturnValues>>
{
    public async ValueTask<EditOutcome<MonthlyReturnValues>> Handle(RecordMonthlyReturn command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (before, regionId) = await GetMonthlyReturnForEditHandler.LoadAsync(db, command.ContractId, command.Month, cancellationToken);
        EditSteps.DemandWrite(user, regionId, before.Target);
        if (!Contract.TermCovers(before.StartsOn, before.EndsOn, command.Month))
            throw EditSteps.Invalid(nameof(command.Month), $"The contract runs from {before.StartsOn:MMMM yyyy} to {before.EndsOn:MMMM yyyy}; this month is outside its term.");

        var stored = await db.MonthlyReturns.SingleOrDefaultAsync(r => r.ContractId == command.ContractId && r.Month == command.Month, cancellationToken);
        var isFirstReturn = stored is null;
        if (stored is null)
        {
            stored = new MonthlyReturn { ContractId = command.ContractId, Month = command.Month };
            db.MonthlyReturns.Add(stored);
        }
        else if (command.Version is { } startedFrom) EditSteps.ExpectVersion(db, stored, startedFrom);
        else return await recording.ConflictAsync(Current, cancellationToken); // someone recorded it after the user opened the empty month

        (stored.Claimed, stored.Validated) = (command.Claimed, command.Validated);
        recording.Audit(db, user, before.Target, before.Version is null ? null : new { before.Claimed, before.Validated },
            new { command.Claimed, command.Validated });
        return await recording.SaveAsync(db, user, regionId,
            () => before with { Claimed = stored.Claimed, Validated = stored.Validated, Version = stored.Version },
            Current, cancellationToken, isFirst: isFirstReturn);

        async Task<MonthlyReturnValues> Current(AppDbContext fresh) =>
            (await GetMonthlyReturnForEditHandler.LoadAsync(fresh, command.ContractId, command.Month, cancellationToken)).Values;
    }
}
