using Microsoft.AspNetCore.Components.Authorization;
using ShaOversight.Core.Security;

namespace ShaOversight.Web.Security;

/// <summary>
/// The signed-in user for this circuit or request, resolved from current data every time it is
/// asked (once per operation, by <see cref="AccessService"/>): nothing is cached for the
/// circuit's life, so a scope change or sign-out applies at the next action. Blazor components
/// reach the principal through the authentication state; plain HTTP endpoints through the HttpContext.
/// </summary>
public sealed class CurrentUser(
    AuthenticationStateProvider authenticationStateProvider,
    IHttpContextAccessor httpContextAccessor,
    UserAccessResolver resolver) : ICurrentUser
{
    public async ValueTask<UserAccess> GetAccessAsync(CancellationToken cancellationToken)
    {
        var principal = await PrincipalAsync();
        return principal is null ? UserAccess.Anonymous : await resolver.ResolveAsync(principal, cancellationToken);
    }

    /// <summary>
    /// The circuit's own authentication state comes first. Inside a circuit the HttpContext
    /// accessor is not to be trusted: it flows with the execution context, so a live refresh
    /// set off by someone else's save would otherwise run as the person who saved. Only plain
    /// HTTP endpoints, which have no authentication state, fall back to the request's user.
    /// </summary>
    private async Task<System.Security.Claims.ClaimsPrincipal?> PrincipalAsync()
    {
        try
        {
            return (await authenticationStateProvider.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // No authentication state outside a Blazor render: a download or other endpoint.
            return httpContextAccessor.HttpContext?.User;
        }
    }
}
