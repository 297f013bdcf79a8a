namespace ShaOversight.Core.Security;

/// <summary>The user a message is sent for. The web app reads the signed-in principal; the CLI names the operator.</summary>
public interface ICurrentUser
{
    ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken);
}
