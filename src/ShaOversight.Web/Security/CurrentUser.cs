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
