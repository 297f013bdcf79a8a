using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Audit;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Audit;

[Collection(EditableDatabase.Name)]
public sealed class GetAuditEntriesTests(SliceFixture fixture)
{
    private async Task<string> CommentOnAsync(System.Security.Claims.ClaimsPrincipal who, string pilotOrganisation)
    {
        var pilotId = await fixture.QueryAsync(db => db.Pilots.Where(p => p.Organisation.Code == pilotOrganisation).Select(p => p.Id).SingleAsync());
        var text = $"Audit test note {Guid.NewGuid():N}";
        await fixture.SendAs(who, new AddPilotCommentary(pilotId, new DateOnly(2009, 6, 1), text));
        return (await fixture.SendAs(SliceFixture.Administrator, new GetPilotForEdit(pilotId))).Target;
    }

    [Fact]
    public async Task An_analyst_sees_their_regions_users_entries_newest_first_and_not_another_regions()
    {
        await CommentOnAsync(SliceFixture.LondonAnalyst, "5AT");
        var adminTarget = await CommentOnAsync(SliceFixture.Administrator, "5HG");

        var analystView = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetAuditEntries(null, null, null, AuditLog.Edit, null));
        var adminView = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(null, null, null, AuditLog.Edit, null));

        Assert.NotEmpty(analystView.Rows);
        Assert.All(analystView.Rows, row => Assert.Equal("Test Analyst", row.UserName));
        Assert.DoesNotContain(analystView.Rows, row => row.Target == adminTarget);
        Assert.Equal(adminTarget, adminView.Rows[0].Target);
        Assert.Equal(adminView.Rows.Select(r => r.Id).OrderDescending(), adminView.Rows.Select(r => r.Id));
        Assert.True(adminView.Total > analystView.Total);
    }

    [Fact]
    public async Task The_download_holds_every_entry_the_page_would_list_for_those_filters_and_is_itself_audited()
    {
        var target = await CommentOnAsync(SliceFixture.LondonAnalyst, "5AT");
        var adminTarget = await CommentOnAsync(SliceFixture.Administrator, "5HG");
        var filters = new GetAuditEntries(null, null, null, AuditLog.Edit, null);

        var page = await fixture.SendAs(SliceFixture.LondonAnalyst, filters);
        var download = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetAuditDownload(filters, ShaOversight.Core.Features.Exports.ExportFormat.Csv));

        var rows = download.Table.Rows.ToList();
        Assert.Equal(page.Total, rows.Count);
        Assert.Equal(page.Rows.Select(r => (object?)r.Id), rows.Take(page.Rows.Count).Select(r => r[0]));
        Assert.Contains(rows, r => (string?)r[4] == target);
        Assert.DoesNotContain(rows, r => (string?)r[4] == adminTarget);
        var entry = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal((AuditLog.Download, download.FileName), (entry.Action, entry.Target));
        Assert.StartsWith("audit-log-", download.FileName);
    }

    [Fact]
    public async Task A_board_member_may_not_download_the_audit_log()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonBoard,
            new GetAuditDownload(new GetAuditEntries(null, null, null, null, null), ShaOversight.Core.Features.Exports.ExportFormat.Xlsx)));
    }

    [Fact]
    public async Task Filters_for_user_action_target_text_and_dates_are_applied_in_the_database()
    {
        var target = await CommentOnAsync(SliceFixture.LondonAnalyst, "5AT");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var matching = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(today, today, "analyst", AuditLog.Edit, target.ToUpperInvariant()[6..]));
        var yesterday = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(today.AddDays(-1), today.AddDays(-1), null, null, null));
        var tomorrowOn = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(today.AddDays(1), null, null, null, null));

        Assert.NotEmpty(matching.Rows);
        Assert.All(matching.Rows, row => Assert.Equal((target, AuditLog.Edit), (row.Target, row.Action)));
        Assert.Equal(0, yesterday.Total);
        Assert.Equal(0, tomorrowOn.Total);
    }

    [Fact]
    public async Task Pages_hold_twenty_five_entries_and_count_all_matches()
    {
        var all = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(null, null, null, null, null));
        for (var i = all.Total; i <= GetAuditEntriesHandler.PageSize; i++) await CommentOnAsync(SliceFixture.Administrator, "5AT");

        var first = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(null, null, null, null, null));
        var second = await fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(null, null, null, null, null, Page: 2));

        Assert.Equal(GetAuditEntriesHandler.PageSize, first.Rows.Count);
        Assert.Equal(Math.Min(GetAuditEntriesHandler.PageSize, first.Total - GetAuditEntriesHandler.PageSize), second.Rows.Count);
        Assert.True(first.Rows[^1].Id > second.Rows[0].Id);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(int.MaxValue / GetAuditEntriesHandler.PageSize + 1)]
    public async Task A_page_so_far_on_that_its_offset_would_overflow_is_refused_with_a_reason(int page)
    {
        var error = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            fixture.SendAs(SliceFixture.Administrator, new GetAuditEntries(null, null, null, null, null, page)));

        Assert.Contains($"There is no page {page} of the audit log.", error.Message);
    }

    [Theory]
    [MemberData(nameof(Edits.EditFacts.ReadOnlyRoles), MemberType = typeof(Edits.EditFacts))]
    public async Task Read_only_roles_cannot_read_the_audit_log(string who)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.ByName(who), new GetAuditEntries(null, null, null, null, null)));
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_through_the_context_or_in_raw_sql()
    {
        var target = await CommentOnAsync(SliceFixture.LondonAnalyst, "5AT");

        var viaContext = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.QueryAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(e => e.Target == target);
            entry.Action = "Rewritten";
            return await db.SaveChangesAsync();
        }));
        var deleteViaContext = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.QueryAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(e => e.Target == target));
            return await db.SaveChangesAsync();
        }));
        var update = await Assert.ThrowsAsync<SqliteException>(() => fixture.QueryAsync(db =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Action\" = 'Rewritten'")));
        var delete = await Assert.ThrowsAsync<SqliteException>(() => fixture.QueryAsync(db =>
            db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));

        Assert.Contains("cannot be changed or deleted", viaContext.Message);
        Assert.Contains("cannot be changed or deleted", deleteViaContext.Message);
        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(0, await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "Rewritten")));
    }
}
