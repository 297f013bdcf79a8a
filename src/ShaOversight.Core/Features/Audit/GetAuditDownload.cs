using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Audit;

/// <summary>
/// The audit log as filtered on its page, every page of it, as CSV or Excel. The same rule
/// decides which entries the user may see; the download is itself audited.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record GetAuditDownload(GetAuditEntries Filters, ExportFormat Format) : IQuery<TableDownload>;

public sealed class GetAuditDownloadValidator : AbstractValidator<GetAuditDownload>
{
    public GetAuditDownloadValidator() => RuleFor(q => q.Filters).SetValidator(new GetAuditEntriesValidator());
}

public sealed class GetAuditDownloadHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access, AuditLog audit, TimeProvider clock)
    : IQueryHandler<GetAuditDownload, TableDownload>
{
    /// <summary>A year of a busy region is a few thousand entries; past this the filters should narrow it.</summary>
    public const int MaxRows = 100_000;

    /// <summary>An Excel cell holds at most 32,767 characters; a large import's before-and-after values run longer.</summary>
    private const int ChangesKept = 32_000;

    public async ValueTask<TableDownload> Handle(GetAuditDownload query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await GetAuditEntriesHandler.Filtered(db, user, query.Filters)
            .OrderByDescending(e => e.Id)
            .Take(MaxRows)
            .Select(e => new { e.Id, e.At, e.UserName, e.Action, e.Target, e.Details, e.FileHash, Changes = e.Changes == null ? null : e.Changes.Substring(0, ChangesKept) })
            .ToListAsync(cancellationToken);

        var table = new TableExport("Audit log",
            [
                new("Entry", CellKind.Integer), new("When (UTC)", CellKind.Text), new("Who", CellKind.Text), new("Action", CellKind.Text),
                new("Target", CellKind.Text), new("Details", CellKind.Text), new("File SHA-256", CellKind.Text), new("Before and after", CellKind.Text),
            ],
            rows.Select(e => (IReadOnlyList<object?>)
                [e.Id, e.At.UtcDateTime.ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), e.UserName, e.Action, e.Target, e.Details, e.FileHash, e.Changes]));
        var fileName = ExportFileName.For("audit-log", $"{clock.GetUtcNow():yyyy-MM-dd}", null, null, query.Format.Extension());
        await audit.WriteAsync(user, AuditLog.Download, fileName, $"{rows.Count} entries as {query.Format.Extension()}", cancellationToken);
        return new TableDownload(fileName, query.Format, table);
    }
}
