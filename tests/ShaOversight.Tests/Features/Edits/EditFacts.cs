using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Edits;

/// <summary>Finds the records the edit tests change, and what the audit log says about them.</summary>
internal static class EditFacts
{
    /// <summary>The roles that read but never write, by name so theories read plainly.</summary>
    public static TheoryData<string> ReadOnlyRoles => ["national", "sha", "pct"];

    /// <summary>One value from an audit entry's before-and-after JSON: <c>before</c> or <c>after</c>, then the field.</summary>
    public static JsonElement Detail(this AuditEntry entry, string side, string field) =>
        JsonDocument.Parse(entry.Changes!).RootElement.GetProperty(side).GetProperty(field);

    public static Task<(int Id, string Reference, DateOnly StartsOn)> ContractInAsync(this SliceFixture fixture, string shaCode, int skip = 0) =>
        fixture.QueryAsync(db => db.Contracts.Where(c => c.Buyer.Parent!.Code == shaCode).OrderBy(c => c.Id).Skip(skip)
            .Select(c => new ValueTuple<int, string, DateOnly>(c.Id, c.Reference, c.StartsOn)).FirstAsync());

    /// <summary>The first month of a contract that already has a return, so an edit corrects rather than records.</summary>
    public static Task<DateOnly> ReturnedMonthAsync(this SliceFixture fixture, int contractId) =>
        fixture.QueryAsync(db => db.MonthlyReturns.Where(r => r.ContractId == contractId).OrderBy(r => r.Month).Select(r => r.Month).FirstAsync());

    public static Task<int> RegionIdAsync(this SliceFixture fixture, string shaCode) =>
        fixture.QueryAsync(db => db.Organisations.Where(o => o.Code == shaCode).Select(o => o.Id).SingleAsync());

    public static Task<List<AuditEntry>> EditsOfAsync(this SliceFixture fixture, string target) =>
        fixture.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditLog.Edit && e.Target == target).OrderBy(e => e.Id).ToListAsync());

    public static Task<int> RefusalsAsync(this SliceFixture fixture) =>
        fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied));

    /// <summary>A London contract's first returned month, counting contracts with returns from the last, clear of the edit tests that count from the first.</summary>
    public static async Task<(int ContractId, DateOnly Month)> LondonReturnAsync(this SliceFixture fixture, int fromTheEnd)
    {
        var contractId = await fixture.QueryAsync(db => db.MonthlyReturns.Where(r => r.Contract.Buyer.Parent!.Code == "Q36")
            .Select(r => r.ContractId).Distinct().OrderByDescending(id => id).Skip(fromTheEnd).FirstAsync());
        return (contractId, await fixture.ReturnedMonthAsync(contractId));
    }

    /// <summary>Collects what is published while <paramref name="act"/> runs.</summary>
    public static async Task<List<DataChange>> PublishedDuringAsync(this SliceFixture fixture, Func<Task> act)
    {
        var seen = new List<DataChange>();
        void Record(DataChange change) { lock (seen) seen.Add(change); }
        fixture.DataChanges.Committed += Record;
        try { await act(); }
        finally { fixture.DataChanges.Committed -= Record; }
        return seen;
    }
}
