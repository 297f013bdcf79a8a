namespace ShaOversight.Core.Domain;

/// <summary>A contract let under FESC, with its phased savings target and monthly returns.</summary>
public sealed class Contract
{
    public int Id { get; set; }
    public required string Reference { get; set; }
    public required string Title { get; set; }

    /// <summary>The body that let the contract: a PCT, an SHA or an agency.</summary>
    public int BuyerId { get; set; }
    public Organisation Buyer { get; set; } = null!;

    public int SupplierId { get; set; }
    public Supplier Supplier { get; set; } = null!;

    public int FescListId { get; set; }
    public FescList FescList { get; set; } = null!;

    public DateOnly AwardedOn { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day of the term.</summary>
    public DateOnly EndsOn { get; set; }

    /// <summary>Whether a month's return falls in a term: from the month it starts to the day it ends.</summary>
    public static bool TermCovers(DateOnly startsOn, DateOnly endsOn, DateOnly month) =>
        month >= new DateOnly(startsOn.Year, startsOn.Month, 1) && month <= endsOn;

    public decimal AnnualFee { get; set; }

    /// <summary>The savings hoped for over the whole term; its monthly phasing is in <see cref="TargetPhases"/>.</summary>
    public decimal SavingsTarget { get; set; }

    /// <summary>The supplier's share of validated savings above target, as a percentage.</summary>
    public decimal GainSharePercent { get; set; }

    public string? Source { get; set; }

    /// <summary>Optimistic concurrency token, checked on every provider.</summary>
    public int Version { get; set; }

    public ICollection<ContractServiceArea> ServiceAreas { get; } = [];
    public ICollection<ContractCoverage> Coverage { get; } = [];
    public ICollection<SavingsTargetPhase> TargetPhases { get; } = [];
    public ICollection<MonthlyReturn> Returns { get; } = [];

    public int TermMonths => (EndsOn.Year - StartsOn.Year) * 12 + EndsOn.Month - StartsOn.Month + 1;
}

public sealed class ContractServiceArea
{
    public int ContractId { get; set; }
    public int ServiceAreaId { get; set; }
    public ServiceArea ServiceArea { get; set; } = null!;
}

/// <summary>
/// A PCT the contract serves. A PCT's own contract covers itself; an SHA or agency contract
/// covers the PCTs it was bought for (East of England bought for its 14).
/// </summary>
public sealed class ContractCoverage
{
    public int ContractId { get; set; }
    public int PctId { get; set; }
    public Organisation Pct { get; set; } = null!;
}

/// <summary>The part of the savings target due in one month (the month's first day).</summary>
public sealed class SavingsTargetPhase
{
    public int ContractId { get; set; }
    public DateOnly Month { get; set; }
    public decimal Target { get; set; }
}

/// <summary>A month's return: savings the supplier claimed and the savings the PCT validated.</summary>
public sealed class MonthlyReturn
{
    public int Id { get; set; }
    public int ContractId { get; set; }
    public Contract Contract { get; set; } = null!;

    /// <summary>The first day of the month the return covers.</summary>
    public DateOnly Month { get; set; }

    public decimal Claimed { get; set; }

    /// <summary>Null until validation is done; missing is not zero.</summary>
    public decimal? Validated { get; set; }

    public int Version { get; set; }
}
