namespace ShaOversight.Core.Security;

/// <summary>
/// Thrown when a user asks for something outside their role or scope. The pipeline writes it to
/// the audit log once, however many messages it passes through, and pages show a plain refusal.
/// </summary>
public sealed class AccessDeniedException(string target, string reason) : Exception($"Access to {target} was refused: {reason}")
{
    public string Target { get; } = target;
    public string Reason { get; } = reason;

    /// <summary>
    /// For a record asked for by id or code that is outside the user's scope: what a missing one
    /// would be called. Once audited, the pipeline answers with <see cref="NotFoundException"/>
    /// for it, so the answer does not reveal which ids exist.
    /// </summary>
    public string? ShownAsNotFound { get; init; }

    /// <summary>Refused because the user signed out (in another tab, say) after this page was opened.</summary>
    public bool BecauseSignedOut { get; init; }

    /// <summary>Set once the refusal is in the audit log, so an outer message does not write it again.</summary>
    internal bool Audited { get; set; }
}

/// <summary>Thrown when something asked for by code or id does not exist.</summary>
public sealed class NotFoundException(string target) : Exception($"{target} was not found.")
{
    public string Target { get; } = target;
}
