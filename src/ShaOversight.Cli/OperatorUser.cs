using ShaOversight.Core.Security;

namespace ShaOversight.Cli;

/// <summary>
/// Who `shao` acts as. Whoever can run the tool on the server can already read the database
/// directly, so the operator is given the DoH directorate's view: all of England, read-only
/// (the National role). Every export is still audited, under this name.
/// </summary>
internal sealed class OperatorUser : ICurrentUser
{
    public const string ObjectId = "shao-operator";

    private static readonly UserAccess Access = new(
        ObjectId, $"shao operator ({Environment.UserName}@{Environment.MachineName})", Role.National, null, null);

    public ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) => new(Access);
}
