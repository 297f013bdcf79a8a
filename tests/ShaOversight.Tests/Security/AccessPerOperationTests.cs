using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Security;

/// <summary>
/// A circuit is one scope that lives for hours. What its user may do is decided afresh for each
/// message, from the session row and UserScopes as they are now.
/// </summary>
public sealed class AccessPerOperationTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    [Fact]
    public async Task An_analyst_whose_scope_moves_to_another_sha_is_refused_at_the_next_save_in_an_open_circuit()
    {
        var contractId = await fixture.QueryAsync(db => db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync());
        var month = new DateOnly(2009, 6, 1);
        await using var circuit = fixture.OpenCircuitAs(SliceFixture.LondonAnalyst);
        var form = await circuit.Send(new GetMonthlyReturnForEdit(contractId, month));

        await MoveScopeAsync(SliceFixture.LondonAnalyst, "Q31");
        var refusals = await RefusalCountAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            circuit.Send(new RecordMonthlyReturn(contractId, month, form.Claimed!.Value + 1, form.Validated, form.Version)));
        Assert.Equal(refusals + 1, await RefusalCountAsync());
        Assert.Equal(form.Claimed, await fixture.QueryAsync(db =>
            db.MonthlyReturns.Where(r => r.ContractId == contractId && r.Month == month).Select(r => (decimal?)r.Claimed).SingleAsync()));
    }

    [Fact]
    public async Task A_board_member_whose_scope_row_is_removed_sees_nothing_at_their_next_action()
    {
        var boardMember = SliceFixture.Principal("22222222-0000-0000-0000-000000000000", Role.BoardMember);
        await fixture.QueryAsync(async db =>
        {
            var london = await db.Organisations.SingleAsync(o => o.Code == "Q36");
            db.UserScopes.Add(new UserScope { ObjectId = "22222222-0000-0000-0000-000000000000", DisplayName = "Board", OrganisationId = london.Id });
            return await db.SaveChangesAsync();
        });
        await using var circuit = fixture.OpenCircuitAs(boardMember);
        await circuit.Send(new GetRegionSavings("Q36", YearEnd));

        await fixture.QueryAsync(db => db.UserScopes.Where(s => s.ObjectId == "22222222-0000-0000-0000-000000000000").ExecuteDeleteAsync());

        await Assert.ThrowsAsync<AccessDeniedException>(() => circuit.Send(new GetRegionSavings("Q36", YearEnd)));
    }

    [Fact]
    public async Task A_circuit_whose_session_has_ended_is_refused_at_its_next_action_and_the_refusal_is_audited_once()
    {
        var sessions = fixture.GetService<UserSessions>();
        var sessionId = await sessions.StartAsync("00000000-0000-0000-0000-00000000d0e1", CancellationToken.None);
        var signedIn = SliceFixture.Principal("00000000-0000-0000-0000-00000000d0e1", Role.National);
        ((ClaimsIdentity)signedIn.Identity!).AddClaim(new Claim(UserSessions.SessionClaim, sessionId));
        await using var circuit = fixture.OpenCircuitAs(signedIn);
        await circuit.Send(new GetEnglandOverview(new FinancialYear(2009), YearEnd));

        await sessions.EndAsync(sessionId, CancellationToken.None);
        var refusals = await RefusalCountAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => circuit.Send(new GetEnglandOverview(new FinancialYear(2009), YearEnd)));
        Assert.Equal(refusals + 1, await RefusalCountAsync());
        var entry = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Contains("session has ended", entry.Details);
    }

    private Task MoveScopeAsync(ClaimsPrincipal who, string organisationCode) => fixture.QueryAsync(async db =>
    {
        var objectId = who.FindFirst(UserAccessResolver.ObjectIdClaim)!.Value;
        var organisationId = await db.Organisations.Where(o => o.Code == organisationCode).Select(o => o.Id).SingleAsync();
        return await db.UserScopes.Where(s => s.ObjectId == objectId).ExecuteUpdateAsync(s => s.SetProperty(x => x.OrganisationId, organisationId));
    });

    private Task<int> RefusalCountAsync() => fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied));
}
