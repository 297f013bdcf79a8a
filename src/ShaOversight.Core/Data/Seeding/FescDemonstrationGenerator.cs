using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>
/// Generates each buyer's journey through the FESC stages and, where it reaches contract
/// award, the contract with its phased target and monthly returns. Facts from the seed
/// articles are kept and the story is continued from them.
/// </summary>
public sealed class FescDemonstrationGenerator(DemoRandom random, DemonstrationScope scope)
{
    private static readonly DateOnly FrameworkLaunchedOn = new(2007, 6, 8);

    public IEnumerable<object> Generate(DemonstrationBuyer buyer)
    {
        var stages = buyer.KnownStages.Count > 0 ? new List<(FescStage, DateOnly)>(buyer.KnownStages) : StartJourney();
        if (stages.Count == 0) yield break;

        if (buyer.KnownContract is { } known)
        {
            // Already saved: its returns refer to it by id alone, so it is not inserted twice.
            AddContractStages(stages, known);
            foreach (var monthlyReturn in Returns(known))
            {
                monthlyReturn.ContractId = known.Id;
                yield return monthlyReturn;
            }
        }
        else
        {
            AdvanceUntilAwardOrStop(stages);
            if (stages[^1].Item1 == FescStage.ContractAwarded)
            {
                var contract = NewContract(buyer, stages[^1].Item2);
                AddContractStages(stages, contract);
                foreach (var monthlyReturn in Returns(contract)) contract.Returns.Add(monthlyReturn);
                yield return contract;
            }
        }

        foreach (var (stage, on) in stages.Skip(buyer.KnownStages.Count))
            yield return new StageChange { BuyerId = buyer.Id, Stage = stage, ChangedOn = on };
    }

    private List<(FescStage, DateOnly)> StartJourney() =>
        // "Over 80 PCTs showing an interest" (seeds/002): about three in five of 152.
        random.Chance(0.57)
            ? [(FescStage.InterestExpressed, random.Date(FrameworkLaunchedOn, new DateOnly(2008, 12, 31)))]
            : [];

    private void AdvanceUntilAwardOrStop(List<(FescStage Stage, DateOnly On)> stages)
    {
        while (stages[^1].Stage < FescStage.ContractAwarded)
        {
            if (random.Chance(0.06))
            {
                var withdrawnOn = stages[^1].On.AddDays(random.Between(20, 200));
                if (withdrawnOn <= scope.DataEndsOn) stages.Add((FescStage.Withdrawn, withdrawnOn));
                return;
            }
            // Some buyers stall: they stay in a stage for a long time.
            var days = random.Chance(0.15) ? random.Between(150, 400) : random.Between(25, 110);
            var next = (stages[^1].Stage + 1, stages[^1].On.AddDays(days));
            if (next.Item2 > scope.DataEndsOn) return;
            stages.Add(next);
        }
    }

    private void AddContractStages(List<(FescStage Stage, DateOnly On)> stages, Contract contract)
    {
        // A reported contract may follow a reported early stage: fill the stages between, evenly spaced.
        var (lastStage, lastOn) = stages[^1];
        var gap = FescStage.ContractAwarded - lastStage;
        for (var step = 1; step < gap; step++)
            stages.Add((lastStage + step, lastOn.AddDays((contract.AwardedOn.DayNumber - lastOn.DayNumber) * step / gap)));
        if (lastStage < FescStage.ContractAwarded) stages.Add((FescStage.ContractAwarded, contract.AwardedOn));
        stages.Add((FescStage.Live, contract.StartsOn));
        stages.RemoveAll(s => s.On > scope.DataEndsOn);
        var endedOn = contract.EndsOn.AddDays(1);
        if (endedOn <= scope.DataEndsOn) stages.Add((FescStage.Ended, endedOn));
    }

    private Contract NewContract(DemonstrationBuyer buyer, DateOnly awardedOn)
    {
        var listIndex = random.Chance(0.55) ? 0 : random.Chance(0.78) ? 1 : 2;
        var (lowFee, highFee) = listIndex switch { 0 => (80_000m, 300_000m), 1 => (250_000m, 700_000m), _ => (1_000_000m, 3_000_000m) };
        var startsOn = new DateOnly(awardedOn.Year, awardedOn.Month, 1).AddMonths(random.Between(1, 2));
        var termMonths = random.Chance(0.6) ? 36 : 24;
        var annualFee = random.Money(lowFee, highFee, 5_000m);
        var target = Math.Round(annualFee * termMonths / 12m * (decimal)random.Between(4.0, 12.0) / 10_000m) * 10_000m;
        var contract = new Contract
        {
            Reference = $"FESC-{buyer.Id:0000}-{awardedOn:yyMM}",
            Title = "External support for commissioning",
            BuyerId = buyer.Id,
            SupplierId = random.Pick(scope.SupplierIds),
            FescListId = scope.ListIds[listIndex],
            AwardedOn = awardedOn,
            StartsOn = startsOn,
            EndsOn = startsOn.AddMonths(termMonths).AddDays(-1),
            AnnualFee = annualFee,
            SavingsTarget = target,
            GainSharePercent = random.Between(2, 6) * 5,
        };
        foreach (var areaId in random.PickSome(scope.ServiceAreaIds, random.Between(1, 3)))
            contract.ServiceAreas.Add(new ContractServiceArea { ServiceAreaId = areaId });
        foreach (var pctId in buyer.CoveredPctIds)
            contract.Coverage.Add(new ContractCoverage { PctId = pctId });
        foreach (var (month, amount) in SavingsPhasing.Phase(target, startsOn, termMonths))
            contract.TargetPhases.Add(new SavingsTargetPhase { Month = month, Target = amount });
        return contract;
    }

    /// <summary>Returns up to the end of the data: claims scatter round each contract's own level of performance.</summary>
    private IEnumerable<MonthlyReturn> Returns(Contract contract)
    {
        // Validation trims claims by 3-28%, so this spread gives boards a mix of green, amber and red.
        var performance = random.Between(0.8, 1.35);
        var drift = random.Chance(0.3) ? random.Between(-0.015, 0.02) : 0.0;
        var phases = contract.TargetPhases.Where(p => p.Month < scope.FirstMonthWithoutData).OrderBy(p => p.Month).ToList();
        for (var index = 0; index < phases.Count; index++)
        {
            var level = Math.Max(0.0, random.Normal(performance + drift * index, 0.16));
            var claimed = Math.Round(phases[index].Target * (decimal)level, 2);
            var awaitingValidation = index == phases.Count - 1 && random.Chance(0.3);
            yield return new MonthlyReturn
            {
                Month = phases[index].Month,
                Claimed = claimed,
                Validated = awaitingValidation ? null : Math.Round(claimed * (decimal)random.Between(0.72, 0.97), 2),
            };
        }
    }
}
