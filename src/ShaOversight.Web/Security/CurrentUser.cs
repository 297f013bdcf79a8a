using Microsoft.AspNetCore.Components.Authorization;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

/// <summary>
/// The signed-in user for this circuit or request. Blazor components reach the principal
/// through the authentication state; plain HTTP endpoints through the HttpContext.
/// </summary>
public sealed class CurrentUser(
    AuthenticationStateProvider authenticationStateProvider,
    IHttpContextAccessor httpContextAccessor,
    UserAccessResolver resolver) : ICurrentUser
{
    private Task<UserAccess>? _access;

    public ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken) =>
        new(_access ??= ResolveAsync(cancellationToken));

    private async Task<UserAccess> ResolveAsync(CancellationToken cancellationToken)
    {
        var principal = httpContextAccessor.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true)
        {
            try
            {
                principal = (await authenticationStateProvider.GetAuthenticationStateAsync()).User;
            }
            catch (InvalidOperationException)
            {
                // No authentication state outside a Blazor render: the request was anonymous.
            }
        }
        return principal is null ? UserAccess.Anonymous : await resolver.ResolveAsync(principal, cancellationToken);
    }
}
