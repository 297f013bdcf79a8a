using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Edits;

[Collection(EditableDatabase.Name)]
public sealed class ContractEditTests(SliceFixture fixture)
{
    [Fact]
    public async Task A_new_savings_target_is_phased_over_the_same_term_and_audited_with_before_and_after()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q36", skip: 3);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContractForEdit(contractId));

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst,
            form.ToCommand() with { Title = "  Renamed contract ", SavingsTarget = 2_400_000m, GainSharePercent = 12.5m });

        Assert.True(outcome.Saved);
        Assert.Equal(("Renamed contract", form.Version + 1), (outcome.Current.Title, outcome.Current.Version));
        var stored = await fixture.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId)
            .Select(c => new { c.Title, c.SavingsTarget, c.GainSharePercent, c.Version, Phased = c.TargetPhases.Select(p => p.Target).ToList() }).SingleAsync());
        Assert.Equal(("Renamed contract", 2_400_000m, 12.5m, form.Version + 1), (stored.Title, stored.SavingsTarget, stored.GainSharePercent, stored.Version));
        Assert.Equal(2_400_000m, stored.Phased.Sum());
        var audit = Assert.Single(await fixture.EditsOfAsync(form.Target));
        Assert.Equal(form.SavingsTarget, audit.Detail("before", "SavingsTarget").GetDecimal());
        Assert.Equal(2_400_000m, audit.Detail("after", "SavingsTarget").GetDecimal());
    }

    [Fact]
    public async Task A_second_edit_from_a_stale_version_is_a_conflict_naming_who_changed_it_and_the_first_edit_stands()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q36", skip: 4);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContractForEdit(contractId));

        await fixture.SendAs(SliceFixture.LondonAnalyst, form.ToCommand() with { AnnualFee = 111_111m });
        var late = await fixture.SendAs(SliceFixture.Administrator, form.ToCommand() with { AnnualFee = 999_999m });

        Assert.Equal(EditStatus.Conflict, late.Status);
        Assert.Equal((111_111m, form.Version + 1), (late.Current.AnnualFee, late.Current.Version));
        Assert.Equal("Test Analyst", late.LastChange?.By);
        Assert.Equal(111_111m, await fixture.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.AnnualFee).SingleAsync()));

        var reapplied = await fixture.SendAs(SliceFixture.Administrator, late.Current.ToCommand() with { AnnualFee = 999_999m });
        Assert.True(reapplied.Saved);
    }

    [Fact]
    public async Task Open_pages_hear_of_an_edit_only_once_it_is_committed()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q36", skip: 5);
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContractForEdit(contractId));
        decimal? feeSeenByListener = null;
        void ReadBack(ShaOversight.Core.Application.DataChange change) => feeSeenByListener = fixture.QueryAsync(db =>
            db.Contracts.Where(c => c.Id == contractId).Select(c => c.AnnualFee).SingleAsync()).GetAwaiter().GetResult();

        fixture.DataChanges.Committed += ReadBack;
        try
        {
            await fixture.SendAs(SliceFixture.LondonAnalyst, form.ToCommand() with { AnnualFee = 222_222m });
        }
        finally
        {
            fixture.DataChanges.Committed -= ReadBack;
        }

        // A listener that reloads straight away, from its own connection, already sees the new fee.
        Assert.Equal(222_222m, feeSeenByListener);
    }

    [Fact]
    public async Task A_blank_title_and_a_gain_share_over_100_percent_are_refused_field_by_field()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q36");
        var form = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContractForEdit(contractId));

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonAnalyst, form.ToCommand() with { Title = " ", GainSharePercent = 150m }));

        Assert.Equal(["GainSharePercent", "Title"], refused.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public async Task A_london_analyst_cannot_edit_a_north_west_contract_nor_open_it_for_editing()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q31");
        var before = await fixture.RefusalsAsync();

        // The form, opened by id, answers as for a missing contract; the save is refused outright.
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, new GetContractForEdit(contractId)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new EditContract(contractId, "Hijacked", 1m, 1m, 1m, 0)));

        Assert.Equal(before + 2, await fixture.RefusalsAsync());
        Assert.NotEqual("Hijacked", await fixture.QueryAsync(db => db.Contracts.Where(c => c.Id == contractId).Select(c => c.Title).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(EditFacts.ReadOnlyRoles), MemberType = typeof(EditFacts))]
    public async Task Read_only_roles_cannot_edit_a_contract(string who)
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q36");

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.ByName(who), new EditContract(contractId, "X", 1m, 1m, 1m, 0)));
    }
}

internal static class ContractValuesCommands
{
    public static EditContract ToCommand(this ContractValues v) => new(v.Id, v.Title, v.AnnualFee, v.SavingsTarget, v.GainSharePercent, v.Version);
}
