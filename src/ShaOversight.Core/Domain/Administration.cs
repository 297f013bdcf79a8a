namespace ShaOversight.Core.Domain;

/// <summary>
/// The organisation a signed-in user is scoped to, kept by the application (admins manage it)
/// and keyed by the user's Entra object id. The role itself comes from the identity provider.
/// </summary>
public sealed class UserScope
{
    public int Id { get; set; }
    public required string ObjectId { get; set; }
    public required string DisplayName { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

/// <summary>An append-only record of something a user did or tried to do.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserObjectId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? Details { get; set; }
    public string? FileHash { get; set; }

    /// <summary>Every changed record's before and after values, as JSON; unbounded, unlike <see cref="Details"/>.</summary>
    public string? Changes { get; set; }
}

/// <summary>A figure or statement quoted from a seed article, kept with its source.</summary>
public sealed class PublishedFact
{
    public int Id { get; set; }
    public required string Topic { get; set; }
    public required string Statement { get; set; }
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public required string Source { get; set; }
}

/// <summary>
/// Where the data in this database came from. The seed records one row for the demonstration
/// data it generates, so every page can say plainly that its figures are not real.
/// </summary>
public sealed class DataOrigin
{
    public int Id { get; set; }
    public required string Description { get; set; }
    public bool IsDemonstration { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// One signed-in session: created at sign-in, its id carried in the auth cookie, and revoked at
/// sign-out, so a copied or replayed cookie, and any circuit opened with it, stops working then.
/// </summary>
public sealed class UserSession
{
    public required string Id { get; set; }
    public required string ObjectId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
