using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Imports;

/// <summary>A database of its own for tests that write, with a checksum of every table an import touches.</summary>
public sealed class ImportFixture : SliceFixture
{
    /// <summary>Raw SQL against the test database, e.g. a trigger that fails a write part-way.</summary>
    public Task ExecuteAsync(string sql) => QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    public async Task<string> ChecksumAsync() => await QueryAsync(async db =>
    {
        // Every table an import writes, row by row in a fixed order: equal checksums mean nothing changed.
        var text = new StringBuilder();
        foreach (var r in await db.MonthlyReturns.OrderBy(r => r.Id).Select(r => new { r.Id, r.ContractId, r.Month, r.Claimed, r.Validated, r.Version }).ToListAsync())
            text.Append(r).Append('\n');
        foreach (var s in await db.StageChanges.OrderBy(s => s.Id).Select(s => new { s.Id, s.BuyerId, s.Stage, s.ChangedOn, s.Note }).ToListAsync())
            text.Append(s).Append('\n');
        foreach (var c in await db.Contracts.OrderBy(c => c.Id).Select(c => new { c.Id, c.Reference, c.Title, c.AnnualFee, c.SavingsTarget, c.StartsOn, c.EndsOn, c.Version }).ToListAsync())
            text.Append(c).Append('\n');
        foreach (var p in await db.SavingsTargetPhases.OrderBy(p => p.ContractId).ThenBy(p => p.Month).Select(p => new { p.ContractId, p.Month, p.Target }).ToListAsync())
            text.Append(p).Append('\n');
        foreach (var m in await db.PilotMilestones.OrderBy(m => m.Id).Select(m => new { m.Id, m.Title, m.PlannedOn, m.ActualOn, m.Status }).ToListAsync())
            text.Append(m).Append('\n');
        foreach (var p in await db.Pilots.OrderBy(p => p.Id).Select(p => new { p.Id, p.Rag, p.RagReason, p.RagSetOn }).ToListAsync())
            text.Append(p).Append('\n');
        text.Append(await db.PilotCommentary.CountAsync()).Append('\n');
        foreach (var s in await db.CompetencyScores.OrderBy(s => s.AssessmentId).ThenBy(s => s.CompetencyNumber).Select(s => new { s.AssessmentId, s.CompetencyNumber, s.Score }).ToListAsync())
            text.Append(s).Append('\n');
        text.Append(await db.Assessments.CountAsync()).Append('\n');
        text.Append(await db.AuditEntries.CountAsync(e => e.Action == AuditLog.Import)).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    });

    public Task<int> ReturnCountAsync() => QueryAsync(db => db.MonthlyReturns.CountAsync());
}
