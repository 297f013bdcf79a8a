using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Features.Edits;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.SpcNotes;

[Collection(EditableDatabase.Name)]
public sealed class SpcNoteAccessTests(SliceFixture fixture)
{
    private static readonly DateOnly AsAt = SpcNoteFacts.AsAt;
    private static readonly DateOnly Month = new(2009, 6, 1);

    [Theory]
    [MemberData(nameof(EditFacts.ReadOnlyRoles), MemberType = typeof(EditFacts))]
    public async Task Read_only_roles_cannot_note_a_series_and_each_refusal_is_audited_once(string who)
    {
        var series = await fixture.PctSeriesAsync("5AT");
        var before = await fixture.RefusalsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            fixture.SendAs(SliceFixture.ByName(who), new RecordSpcNote(series, SpcNoteKind.Annotation, Month, "Not mine to write")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.ByName(who), new RemoveSpcNote(series, 1, 0)));

        Assert.Equal(before + 2, await fixture.RefusalsAsync());
        Assert.False(await fixture.QueryAsync(db => db.SpcNotes.AnyAsync(n => n.Text == "Not mine to write")));
    }

    [Fact]
    public async Task A_london_analyst_cannot_note_a_north_west_series_and_each_refusal_is_audited_once()
    {
        var (contractId, _, _) = await fixture.ContractInAsync("Q31");
        var northWest = await fixture.RegionSeriesAsync("Q31");
        var before = await fixture.RefusalsAsync();

        // A contract outside the analyst's region answers as a missing one, as its edit form does.
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordSpcNote(new SpcSeries(SpcSeriesKind.Contract, contractId), SpcNoteKind.Recalculation, Month, "Hijack")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordSpcNote(northWest, SpcNoteKind.Annotation, Month, "Hijack")));

        Assert.Equal(before + 2, await fixture.RefusalsAsync());
        Assert.False(await fixture.QueryAsync(db => db.SpcNotes.AnyAsync(n => n.Text == "Hijack")));
    }

    [Fact]
    public async Task An_administrator_may_note_any_regions_series_and_everyone_who_sees_the_chart_sees_it_numbered()
    {
        var northWest = await fixture.RegionSeriesAsync("Q31");

        var note = await fixture.SendAs(SliceFixture.Administrator, new RecordSpcNote(northWest, SpcNoteKind.Annotation, Month, "Validation backlog cleared"));

        var savings = await fixture.SendAs(SliceFixture.National, new GetRegionSavings("Q31", AsAt));
        var shown = Assert.Single(savings.AchievementNotes.Annotations);
        Assert.Equal((note.Id, "Test Admin"), (shown.Id, shown.Author));
        Assert.Equal(new SpcMarker(Month, 1), Assert.Single(savings.AchievementNotes.Markers));
        Assert.False(savings.AchievementNotes.CanWrite);
        Assert.Single(await fixture.EditsOfAsync(note.Target));
    }

    [Fact]
    public async Task A_pct_chief_executive_sees_notes_on_their_own_pct_their_region_and_contracts_serving_them_and_no_others()
    {
        var hillingdon = await fixture.PctSeriesAsync("5AT");
        var (peerCode, peerId) = await fixture.QueryAsync(db => db.Organisations
            .Where(o => o.Parent!.Code == "Q36" && o.Code != "5AT" && Organisation.CommissionerKinds.Contains(o.Kind))
            .OrderBy(o => o.Code).Select(o => new ValueTuple<string, int>(o.Code, o.Id)).FirstAsync());
        var (serving, other) = await fixture.QueryAsync(async db => (
            await db.Contracts.Where(c => c.Coverage.Any(cv => cv.Pct.Code == "5AT")).Select(c => new ValueTuple<int, DateOnly>(c.Id, c.StartsOn)).FirstAsync(),
            await db.Contracts.Where(c => c.Buyer.Parent!.Code == "Q36" && !c.Coverage.Any(cv => cv.Pct.Code == "5AT"))
                .Select(c => new ValueTuple<int, DateOnly>(c.Id, c.StartsOn)).FirstAsync()));
        await Note(hillingdon, "Hillingdon's own note");
        await Note(new SpcSeries(SpcSeriesKind.Pct, peerId), "A peer's note");
        await Note(await fixture.RegionSeriesAsync("Q36"), "London's note");
        await Note(new SpcSeries(SpcSeriesKind.Contract, serving.Item1), "Serving contract's note", serving.Item2);
        await Note(new SpcSeries(SpcSeriesKind.Contract, other.Item1), "Other contract's note", other.Item2);
        var chiefExecutive = SliceFixture.HillingdonChiefExecutive;
        var year = new FinancialYear(2010);

        var own = await fixture.SendAs(chiefExecutive, new GetPctDashboard("5AT", year, AsAt));
        var peer = await fixture.SendAs(chiefExecutive, new GetPctDashboard(peerCode, year, AsAt));
        var region = await fixture.SendAs(chiefExecutive, new GetRegionSavings("Q36", AsAt));
        var servingContract = await fixture.SendAs(chiefExecutive, new GetContract(serving.Item1, AsAt));

        Assert.Contains(own.AchievementNotes.Annotations, n => n.Text == "Hillingdon's own note");
        Assert.Empty(peer.AchievementNotes.Annotations);
        Assert.Contains(region.AchievementNotes.Annotations, n => n.Text == "London's note");
        Assert.Contains(servingContract.AchievementNotes.Annotations, n => n.Text == "Serving contract's note");
        await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(chiefExecutive, new GetContract(other.Item1, AsAt)));
        // Seeing a series is not writing it.
        Assert.False(own.AchievementNotes.CanWrite || region.AchievementNotes.CanWrite || servingContract.AchievementNotes.CanWrite);
        string[] seen = [.. own.AchievementNotes.Annotations.Concat(peer.AchievementNotes.Annotations).Concat(region.AchievementNotes.Annotations)
            .Concat(servingContract.AchievementNotes.Annotations).Select(n => n.Text)];
        Assert.DoesNotContain("A peer's note", seen);
        Assert.DoesNotContain("Other contract's note", seen);

        Task Note(SpcSeries series, string text, DateOnly? startsOn = null) => fixture.SendAs(SliceFixture.LondonAnalyst,
            new RecordSpcNote(series, SpcNoteKind.Annotation, startsOn is { } s ? new DateOnly(s.Year, s.Month, 1) : Month, text));
    }
}
