using ShaOversight.Core.Security;

namespace ShaOversight.Cli;

/// <summary>
/// Who a command runs as. Whoever can run <c>shao</c> on the server already holds the database
/// connection string, so the command acts with administrator rights; what matters is that the
/// audit log names the operator (the account running it, or <c>--operator</c>).
/// </summary>
internal sealed class OperatorCurrentUser(string operatorName) : ICurrentUser
{
    public UserAccess Access { get; } = new($"operator:{operatorName}", $"{operatorName} (shao operator)", Role.Admin, null, null);

    public ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Access);
}
