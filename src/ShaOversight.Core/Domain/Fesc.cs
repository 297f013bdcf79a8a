namespace ShaOversight.Core.Domain;

/// <summary>One of FESC's three supplier lists: micro, macro, end-to-end.</summary>
public sealed class FescList
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
}

/// <summary>One of FESC's four service areas.</summary>
public sealed class ServiceArea
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

public sealed class Supplier
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Where the supplier's place on the framework is reported; null for demonstration data.</summary>
    public string? Source { get; set; }

    public ICollection<SupplierListing> Listings { get; } = [];
}

/// <summary>A supplier's place on one of the FESC lists.</summary>
public sealed class SupplierListing
{
    public int SupplierId { get; set; }
    public Supplier Supplier { get; set; } = null!;
    public int FescListId { get; set; }
    public FescList FescList { get; set; } = null!;
}

/// <summary>The stages a FESC buyer moves through. Withdrawn can follow any stage.</summary>
public enum FescStage
{
    InterestExpressed = 1,
    BusinessCaseDrafted = 2,
    BoardApproved = 3,
    InvitationToTenderIssued = 4,
    PreferredBidderNamed = 5,
    ContractAwarded = 6,
    Live = 7,
    Ended = 8,
    Withdrawn = 9,
}

/// <summary>A buyer entering a stage on a date. The history is kept whole, never overwritten.</summary>
public sealed class StageChange
{
    public int Id { get; set; }
    public int BuyerId { get; set; }
    public Organisation Buyer { get; set; } = null!;
    public FescStage Stage { get; set; }
    public DateOnly ChangedOn { get; set; }
    public string? Note { get; set; }
    public string? Source { get; set; }
}
