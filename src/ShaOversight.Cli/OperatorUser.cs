using ShaOversight.Core.Security;

namespace ShaOversight.Cli;

/// <summary>
/// Who `shao` acts as. Whoever can run the tool on the server already holds the connection
/// string, so the audit log's job is to name the operator: the account running the command, or
/// the name given with <c>--operator</c>. Exports read with the DoH directorate's view (all of
/// England, read-only); scheduled imports write as an administrator.
/// </summary>
internal sealed class OperatorUser(string name, Role role) : ICurrentUser
{
    public const string ObjectIdPrefix = "shao-operator:";

    private readonly UserAccess _access = new($"{ObjectIdPrefix}{name}", $"{name} (shao operator)", role, null, null);

    public static string DefaultName => $"{Environment.UserName}@{Environment.MachineName}";

    public static OperatorUser Reader() => new(DefaultName, Role.National);

    public static OperatorUser Loader(string? name) => new(string.IsNullOrWhiteSpace(name) ? DefaultName : name, Role.Admin);

    public ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_access);
}
