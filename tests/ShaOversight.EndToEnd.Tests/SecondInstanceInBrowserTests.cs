using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Security;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>A second app instance on the live app's database, as a second server behind the load balancer would be.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class SecondInstanceInBrowserTests(LiveApp app)
{
    private const string Analyst = "Demo: NHS London performance analyst";

    [Fact]
    public async Task A_return_saved_on_another_server_refreshes_an_open_contract_page_and_savings_lens_here_keeping_a_period_not_yet_sent()
    {
        var contractId = await app.ScalarAsync<int>("SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'");
        var month = DateOnly.ParseExact(await app.ScalarAsync<string>(
            $"SELECT substr(Month, 1, 7) FROM MonthlyReturns WHERE ContractId = {contractId} ORDER BY Month LIMIT 1 OFFSET 1"), "yyyy-MM");
        var board = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(board)).SignInAsAsync("Demo: NHS London board member", "NHS London");
        await board.GotoAsync($"/contracts/{contractId}");
        await Live.WaitForHeadingAsync(board, "FESC-5AT-001: External support for acute contract performance management");
        // The region's savings lens, rendered per request, is kept live by its island instead (docs/adr/009).
        var lens = await board.Context.NewPageAsync();
        await lens.GotoAsync("/sha/Q36?lens=savings");
        await Live.WaitForHeadingAsync(lens, "NHS London");
        // A period chosen there but not yet sent when the change arrives: the refresh keeps it.
        var year = lens.Locator("#period-year");
        var otherYear = (await year.Locator("option:not([selected])").First.GetAttributeAsync("value"))!;
        await year.SelectOptionAsync(otherYear);
        var asAt = lens.Locator("#period-asat");
        var unsentDate = DateOnly.ParseExact(await asAt.InputValueAsync(), "yyyy-MM-dd").AddDays(-1).ToString("yyyy-MM-dd");
        await asAt.FillAsync(unsentDate);

        await using var other = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:ShaOversight", app.ConnectionString);
        });
        await using var scope = other.Services.CreateAsyncScope();
        // Signed in there as the analyst is in their own circuit. The values are saved unchanged, so
        // the figures other tests read stay as they are; the save is still a committed change.
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(AnalystPrincipal())));
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        var stored = await sender.Send(new GetMonthlyReturnForEdit(contractId, month));
        Assert.True((await sender.Send(new RecordMonthlyReturn(contractId, month, stored.Claimed ?? 0m, stored.Validated, stored.Version))).Saved);

        await Assertions.Expect(board.GetByRole(AriaRole.Status).Filter(new() { HasText = "Figures updated at" }))
            .ToContainTextAsync($"after a change by {Analyst} ({stored.Target}).");
        await Assertions.Expect(lens.GetByRole(AriaRole.Status).Filter(new() { HasText = "Figures updated at" }))
            .ToContainTextAsync($"after a change by {Analyst} ({stored.Target}).");
        await Assertions.Expect(year).ToHaveValueAsync(otherYear);
        await Assertions.Expect(asAt).ToHaveValueAsync(unsentDate);
        Assert.EndsWith("/sha/Q36?lens=savings", lens.Url);
    }

    private static ClaimsPrincipal AnalystPrincipal() => new(new ClaimsIdentity(
        [new(UserAccessResolver.ObjectIdClaim, "00000000-0000-0000-0000-00000000a0b2"), new("name", Analyst), new(UserAccessResolver.RolesClaim, nameof(Role.Analyst))],
        "Test", "name", UserAccessResolver.RolesClaim));
}
