using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Edits;

[Collection(EditableDatabase.Name)]
public sealed class MonthlyReturnEditTests(SliceFixture fixture)
{
    [Fact]
    public async Task An_analyst_corrects_a_return_and_the_audit_entry_holds_before_and_after_and_open_pages_hear_of_it()
    {
        var (contractId, reference, _) = await fixture.ContractInAsync("Q36");
        var month = await fixture.ReturnedMonthAsync(contractId);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetMonthlyReturnForEdit(contractId, month));

        EditOutcome<MonthlyReturnValues>? outcome = null;
        var published = await fixture.PublishedDuringAsync(async () =>
            outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordMonthlyReturn(contractId, month, 12_345.67m, null, form.Version)));

        Assert.True(outcome!.Saved);
        var stored = await fixture.QueryAsync(db => db.MonthlyReturns.SingleAsync(r => r.ContractId == contractId && r.Month == month));
        Assert.Equal((12_345.67m, (decimal?)null), (stored.Claimed, stored.Validated));
        Assert.Equal(stored.Version, outcome.Current.Version);
        var audit = Assert.Single(await fixture.EditsOfAsync(form.Target));
        Assert.Equal(form.Claimed, audit.Detail("before", "Claimed").GetDecimal());
        Assert.Equal(12_345.67m, audit.Detail("after", "Claimed").GetDecimal());
        Assert.Equal(JsonValueKind.Null, audit.Detail("after", "Validated").ValueKind);
        var change = Assert.Single(published);
        Assert.Equal(form.Target, change.What);
        Assert.True(change.Touches(await fixture.RegionIdAsync("Q36")));
        Assert.StartsWith($"return {reference} ", form.Target);
    }

    [Fact]
    public async Task Two_edits_from_the_same_version_leave_the_first_saved_and_give_the_second_a_conflict_with_the_current_values()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q36", skip: 1);
        var month = await fixture.ReturnedMonthAsync(contractId);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetMonthlyReturnForEdit(contractId, month));

        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordMonthlyReturn(contractId, month, 1_000m, 900m, form.Version));
        var second = await fixture.SendAs(SliceFixture.Administrator, new RecordMonthlyReturn(contractId, month, 5_000m, 4_000m, form.Version));

        Assert.True(first.Saved);
        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal((1_000m, 900m), (second.Current.Claimed!.Value, second.Current.Validated!.Value));
        Assert.Equal("Test Analyst", second.LastChange?.By);
        var stored = await fixture.QueryAsync(db => db.MonthlyReturns.SingleAsync(r => r.ContractId == contractId && r.Month == month));
        Assert.Equal((1_000m, (decimal?)900m), (stored.Claimed, stored.Validated));
        // The refused save wrote nothing, its audit entry included: both commit together or not at all.
        Assert.Single(await fixture.EditsOfAsync(form.Target));
    }

    [Fact]
    public async Task A_first_return_recorded_while_another_user_had_the_empty_month_open_is_a_conflict_for_them()
    {
        var (contractId, _, startsOn) = await fixture.ContractInAsync("Q36", skip: 2);
        var firstMonth = new DateOnly(startsOn.Year, startsOn.Month, 1);
        await fixture.QueryAsync(db => db.MonthlyReturns.Where(r => r.ContractId == contractId && r.Month == firstMonth).ExecuteDeleteAsync());

        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordMonthlyReturn(contractId, firstMonth, 10m, null, null));
        var second = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordMonthlyReturn(contractId, firstMonth, 20m, null, null));

        Assert.True(first.Saved);
        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal(10m, second.Current.Claimed);
    }

    [Theory]
    [InlineData(-1.0, null, "Claimed")]
    [InlineData(100.0, 150.0, "Validated")]
    [InlineData(100_000_001.0, null, "Claimed")]
    public async Task Impossible_amounts_are_refused_with_the_field_named(double claimed, double? validated, string field)
    {
        var (contractId, _, startsOn) = await fixture.ContractInAsync("Q36");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordMonthlyReturn(contractId, new DateOnly(startsOn.Year, startsOn.Month, 1), (decimal)claimed, (decimal?)validated, 0)));

        Assert.Contains(refused.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public async Task A_month_outside_the_contracts_term_is_refused()
    {
        var (contractId, _, startsOn) = await fixture.ContractInAsync("Q36");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordMonthlyReturn(contractId, new DateOnly(startsOn.Year, startsOn.Month, 1).AddMonths(-1), 10m, null, null)));

        Assert.Equal("Month", Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public async Task A_london_analyst_cannot_record_a_north_west_return_and_the_attempt_is_audited()
    {
        var (contractId, _, startsOn) = await fixture.ContractInAsync("Q31");
        var before = await fixture.RefusalsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordMonthlyReturn(contractId, new DateOnly(startsOn.Year, startsOn.Month, 1), 10m, null, 0)));

        Assert.Equal(before + 1, await fixture.RefusalsAsync());
    }

    [Theory]
    [MemberData(nameof(EditFacts.ReadOnlyRoles), MemberType = typeof(EditFacts))]
    public async Task Board_members_chief_executives_and_the_directorate_cannot_write_at_all(string who)
    {
        var (contractId, _, startsOn) = await fixture.ContractInAsync("Q36");
        var before = await fixture.RefusalsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.ByName(who),
            new RecordMonthlyReturn(contractId, new DateOnly(startsOn.Year, startsOn.Month, 1), 10m, null, 0)));

        Assert.Equal(before + 1, await fixture.RefusalsAsync());
    }
}
