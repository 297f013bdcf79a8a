namespace ShaOversight.Core.Security;

/// <summary>
/// Thrown when a user asks for something outside their role or scope. Pages show a plain
/// not-found/forbidden message and the attempt is written to the audit log.
/// </summary>
public sealed class AccessDeniedException(string target, string reason) : Exception($"Access to {target} was refused: {reason}")
{
    public string Target { get; } = target;
    public string Reason { get; } = reason;
}

/// <summary>Thrown when something asked for by code or id does not exist.</summary>
public sealed class NotFoundException(string target) : Exception($"{target} was not found.")
{
    public string Target { get; } = target;
}
