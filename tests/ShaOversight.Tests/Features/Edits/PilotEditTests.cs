using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Edits;

[Collection(EditableDatabase.Name)]
public sealed class PilotEditTests(SliceFixture fixture)
{
    private Task<int> PilotIdAsync(string organisationCode) =>
        fixture.QueryAsync(db => db.Pilots.Where(p => p.Organisation.Code == organisationCode).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task An_analyst_marks_a_milestone_complete_and_a_stale_second_update_is_a_conflict()
    {
        var pilot = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetPilotForEdit(await PilotIdAsync("5AT")));
        var milestone = pilot.Milestones[0];

        var done = await fixture.SendAs(SliceFixture.LondonAnalyst, new UpdateMilestone(milestone.Id, new DateOnly(2009, 5, 1), MilestoneStatus.Complete, milestone.Version));
        var late = await fixture.SendAs(SliceFixture.Administrator, new UpdateMilestone(milestone.Id, null, MilestoneStatus.AtRisk, milestone.Version));

        Assert.True(done.Saved);
        Assert.Equal(EditStatus.Conflict, late.Status);
        Assert.Equal((MilestoneStatus.Complete, (DateOnly?)new DateOnly(2009, 5, 1)), (late.Current.Status, late.Current.ActualOn));
        var stored = await fixture.QueryAsync(db => db.PilotMilestones.SingleAsync(m => m.Id == milestone.Id));
        Assert.Equal(MilestoneStatus.Complete, stored.Status);
        var audit = Assert.Single(await fixture.EditsOfAsync(milestone.Target));
        Assert.Equal(milestone.Status.ToString(), audit.Detail("before", "Status").GetString());
        Assert.Equal("Complete", audit.Detail("after", "Status").GetString());
    }

    [Fact]
    public async Task A_complete_milestone_needs_its_date_and_an_open_one_has_none()
    {
        var pilot = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetPilotForEdit(await PilotIdAsync("5AT")));
        var milestone = pilot.Milestones[^1];

        var noDate = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new UpdateMilestone(milestone.Id, null, MilestoneStatus.Complete, milestone.Version)));
        var dateWhileOpen = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new UpdateMilestone(milestone.Id, new DateOnly(2009, 1, 1), MilestoneStatus.OnTrack, milestone.Version)));

        Assert.Equal("ActualOn", Assert.Single(noDate.Errors).PropertyName);
        Assert.Equal("ActualOn", Assert.Single(dateWhileOpen.Errors).PropertyName);
    }

    [Fact]
    public async Task An_analyst_sets_the_pilots_status_with_a_reason_and_adds_commentary_signed_with_their_name()
    {
        var pilot = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetPilotForEdit(await PilotIdAsync("5AT")));

        var status = await fixture.SendAs(SliceFixture.LondonAnalyst, new SetPilotStatus(pilot.Id, Rag.Amber, "Procurement slipped a quarter.", new DateOnly(2009, 9, 30), pilot.Version));
        var note = await fixture.SendAs(SliceFixture.LondonAnalyst, new AddPilotCommentary(pilot.Id, new DateOnly(2009, 9, 30), "Board asked for a recovery plan."));

        Assert.True(status.Saved);
        var stored = await fixture.QueryAsync(db => db.Pilots.Where(p => p.Id == pilot.Id)
            .Select(p => new { p.Rag, p.RagReason, Notes = p.Commentary.Select(c => c.Author + ": " + c.Text).ToList() }).SingleAsync());
        Assert.Equal((Rag.Amber, "Procurement slipped a quarter."), (stored.Rag, stored.RagReason));
        Assert.Contains("Test Analyst: Board asked for a recovery plan.", stored.Notes);
        Assert.Equal("Test Analyst", note.Author);
        var edits = await fixture.EditsOfAsync(pilot.Target);
        Assert.Contains(edits, e => e.Changes!.Contains("\"after\":{\"Rag\":\"Amber\""));
        Assert.Contains(edits, e => e.Changes!.Contains("Board asked for a recovery plan."));
    }

    [Fact]
    public async Task The_longest_note_allowed_is_audited_whole_before_and_after()
    {
        var pilot = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetPilotForEdit(await PilotIdAsync("5AT")));
        // Quotes and pound signs are escaped in JSON, so the entry is longer than the note.
        var text = string.Concat(Enumerable.Repeat("The board's £ note. ", 200)).TrimEnd() + "!";
        Assert.Equal(4000, text.Length);

        await fixture.SendAs(SliceFixture.LondonAnalyst, new AddPilotCommentary(pilot.Id, new DateOnly(2009, 9, 30), text));

        var entry = (await fixture.EditsOfAsync(pilot.Target)).Last();
        Assert.Equal(text, entry.Detail("after", "Commentary").GetString());
    }

    [Fact]
    public async Task A_status_without_a_reason_is_refused()
    {
        var pilot = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetPilotForEdit(await PilotIdAsync("5AT")));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.LondonAnalyst,
            new SetPilotStatus(pilot.Id, Rag.Red, "", new DateOnly(2009, 9, 30), pilot.Version)));

        Assert.Equal("Reason", Assert.Single(refused.Errors).PropertyName);
    }

    [Fact]
    public async Task A_london_analyst_cannot_touch_a_north_west_pilot()
    {
        var wigan = await PilotIdAsync("5HG");
        var milestoneId = await fixture.QueryAsync(db => db.PilotMilestones.Where(m => m.PilotId == wigan).Select(m => m.Id).FirstAsync());

        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, new AddPilotCommentary(wigan, new DateOnly(2009, 1, 1), "Not mine.")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, new SetPilotStatus(wigan, Rag.Red, "Not mine.", new DateOnly(2009, 1, 1), 0)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonAnalyst, new UpdateMilestone(milestoneId, null, MilestoneStatus.Late, 0)));
    }

    [Theory]
    [MemberData(nameof(EditFacts.ReadOnlyRoles), MemberType = typeof(EditFacts))]
    public async Task Read_only_roles_cannot_add_commentary(string who)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
            await fixture.SendAs(SliceFixture.ByName(who), new AddPilotCommentary(await PilotIdAsync("5AT"), new DateOnly(2009, 1, 1), "Hello")));
    }
}
