using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Contracts;

[Collection(SeededDatabase.Name)]
public sealed class GetContractTests(SliceFixture fixture)
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    private Task<int> IdOf(string reference) => fixture.QueryAsync(db => db.Contracts.Where(c => c.Reference == reference).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task The_bupa_contract_has_every_month_of_its_term_to_date_with_missing_returns_left_empty()
    {
        var contract = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetContract(await IdOf("FESC-5AT-001"), YearEnd));

        Assert.Equal(28, contract.Months.Count);
        Assert.Equal(new DateOnly(2007, 12, 1), contract.Months[0].Month);
        Assert.Equal(contract.Months.Sum(m => m.Target), contract.Months[^1].CumulativeTarget);
        Assert.Equal(contract.Months.Sum(m => m.Validated ?? 0), contract.Measures.ValidatedToDate);
        Assert.Equal(350_000m, contract.AnnualFee);
        Assert.Contains("seeds/001", contract.Source);
    }

    [Fact]
    public async Task A_pct_chief_executive_cannot_read_another_pcts_contract_and_the_attempt_is_audited()
    {
        var other = await fixture.QueryAsync(db => db.Contracts
            .Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT").Select(c => c.Id).FirstAsync());
        var before = await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "AccessDenied"));

        // Refused and audited, but answered as a missing contract, so the id's existence is not revealed.
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetContract(other, YearEnd)));

        var audit = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal(before + 1, await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "AccessDenied")));
        Assert.StartsWith("contract FESC-", audit.Target);
    }

    [Fact]
    public async Task An_sha_user_reads_contracts_in_their_region_only()
    {
        var london = await IdOf("FESC-5AT-001");
        var eastOfEngland = await IdOf("FESC-Q35-001");

        Assert.Equal("FESC-5AT-001", (await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContract(london, YearEnd))).Reference);
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, new GetContract(eastOfEngland, YearEnd)));
    }

    [Fact]
    public async Task A_contract_bought_by_an_sha_is_open_to_the_chief_executive_of_a_pct_it_serves()
    {
        var principal = SliceFixture.Principal("cambridgeshire-ce", ShaOversight.Core.Security.Role.Pct);
        await fixture.QueryAsync(async db =>
        {
            db.UserScopes.Add(new ShaOversight.Core.Domain.UserScope
            {
                ObjectId = "cambridgeshire-ce", DisplayName = "Cambridgeshire CE",
                OrganisationId = await db.Organisations.Where(o => o.Code == "5PP").Select(o => o.Id).SingleAsync(),
            });
            return await db.SaveChangesAsync();
        });

        var contract = await fixture.SendAs(principal, new GetContract(await IdOf("FESC-Q35-001"), YearEnd));

        Assert.Equal(14, contract.Serves.Count);
    }

    [Fact]
    public async Task An_unknown_contract_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.National, new GetContract(999_999, YearEnd)));
    }
}
