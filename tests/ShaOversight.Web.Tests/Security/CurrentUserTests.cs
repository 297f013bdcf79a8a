using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Security;
using ShaOversight.Web.Security;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Security;

/// <summary>Whose access a circuit's operation runs with, however the execution context reached it.</summary>
public sealed class CurrentUserTests(CoreDatabase database) : IClassFixture<CoreDatabase>
{
    [Fact]
    public async Task In_a_circuit_the_circuits_own_user_wins_over_an_http_context_that_flowed_in_from_someone_elses_save()
    {
        // A live refresh runs inside the saver's execution context, whose HttpContext accessor
        // names the saver (an administrator); the viewer's circuit is the London analyst's.
        await using var services = Services();
        var circuit = new ServerAuthenticationStateProvider();
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(CoreDatabase.LondonAnalyst)));
        var flowedIn = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = CoreDatabase.Administrator } };

        var access = await new CurrentUser(circuit, flowedIn, services.GetRequiredService<UserAccessResolver>()).GetAccessAsync(CancellationToken.None);

        Assert.Equal((Role.Analyst, "Test Analyst"), (access.Role, access.DisplayName));
        Assert.False(access.SeesAllOfEngland);
    }

    [Fact]
    public async Task A_plain_http_endpoint_with_no_authentication_state_uses_the_requests_user()
    {
        await using var services = Services();
        var request = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = CoreDatabase.Administrator } };

        var access = await new CurrentUser(new ServerAuthenticationStateProvider(), request, services.GetRequiredService<UserAccessResolver>())
            .GetAccessAsync(CancellationToken.None);

        Assert.Equal(Role.Admin, access.Role);
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        database.AddTo(services);
        return services.BuildServiceProvider();
    }
}
