using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Contracts;

/// <summary>Corrects a contract's title, fee, savings target and gain share, from the version the user started with.</summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record EditContract(int Id, string Title, decimal AnnualFee, decimal SavingsTarget, decimal GainSharePercent, int Version)
    : ICommand<EditOutcome<ContractValues>>;

public sealed class EditContractValidator : AbstractValidator<EditContract>
{
    /// <summary>The largest FESC deals were a few million a year; a billion is a slipped key, not a contract.</summary>
    public const decimal Ceiling = 1_000_000_000m;

    public EditContractValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("Give the contract a title.")
            .MaximumLength(300).WithMessage("Keep the title to 300 characters.");
        RuleFor(c => c.AnnualFee).InclusiveBetween(0, Ceiling).WithMessage("The annual fee must be between £0 and £1,000,000,000.");
        RuleFor(c => c.SavingsTarget).InclusiveBetween(0, Ceiling).WithMessage("The savings target must be between £0 and £1,000,000,000.");
        RuleFor(c => c.GainSharePercent).InclusiveBetween(0, 100).WithMessage("The gain share is a percentage from 0 to 100.");
    }
}

public sealed class EditContractHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, EditSteps recording)
    : ICommandHandler<EditContract, EditOutcome<ContractValues>>
{
    public async ValueTask<EditOutcome<ContractValues>> Handle(EditContract command, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var (before, regionId) = await GetContractForEditHandler.LoadAsync(db, command.Id, cancellationToken);
        EditSteps.DemandWrite(user, regionId, before.Target);

        var contract = await db.Contracts.Include(c => c.TargetPhases).SingleAsync(c => c.Id == command.Id, cancellationToken);
        EditSteps.ExpectVersion(db, contract, command.Version);
        (contract.Title, contract.AnnualFee, contract.GainSharePercent) = (command.Title.Trim(), command.AnnualFee, command.GainSharePercent);
        if (contract.SavingsTarget != command.SavingsTarget)
        {
            // The phasing follows the target: the same term, the same ramp, the new total.
            contract.SavingsTarget = command.SavingsTarget;
            var phased = SavingsPhasing.Phase(command.SavingsTarget, contract.StartsOn, contract.TermMonths).ToDictionary(p => p.Month, p => p.Target);
            foreach (var phase in contract.TargetPhases) phase.Target = phased.GetValueOrDefault(phase.Month);
        }
        var after = before with
        {
            Title = contract.Title, AnnualFee = contract.AnnualFee, SavingsTarget = contract.SavingsTarget,
            GainSharePercent = contract.GainSharePercent,
        };
        recording.Audit(db, user, before.Target, Terms(before), Terms(after));
        return await recording.SaveAsync(db, user, regionId, () => after with { Version = contract.Version },
            async fresh => (await GetContractForEditHandler.LoadAsync(fresh, command.Id, cancellationToken)).Values, cancellationToken);
    }

    private static object Terms(ContractValues v) => new { v.Title, v.AnnualFee, v.SavingsTarget, v.GainSharePercent };
}
