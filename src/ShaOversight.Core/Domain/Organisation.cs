namespace ShaOversight.Core.Domain;

public enum OrganisationKind
{
    StrategicHealthAuthority,
    PrimaryCareTrust,
    CareTrust,
    CareTrustPlus,
    CommissioningSupportAgency,
}

/// <summary>An NHS body of 2008: an SHA, a PCT or care trust, or a commissioning support agency.</summary>
public sealed class Organisation
{
    public int Id { get; set; }

    /// <summary>The national organisation code (Q36, 5AT). Bodies without one carry a local code.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>The SHA the body sits under; null for an SHA.</summary>
    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }

    /// <summary>Why the code is not a national one, when it is not.</summary>
    public string? CodeNote { get; set; }

    public ICollection<Organisation> Children { get; } = [];

    /// <summary>PCTs and care trusts: the bodies counted in the "share of PCTs" metrics.</summary>
    public static readonly OrganisationKind[] CommissionerKinds =
        [OrganisationKind.PrimaryCareTrust, OrganisationKind.CareTrust, OrganisationKind.CareTrustPlus];

    public bool IsCommissioner => CommissionerKinds.Contains(Kind);
}
