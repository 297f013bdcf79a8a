using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Application;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Security;

namespace ShaOversight.Core.Features.Audit;

/// <summary>
/// One page of the audit log, newest first. Administrators see every entry. An analyst sees the
/// entries of users scoped to their SHA or to a body in it: every edit of the region's data is
/// theirs or an administrator's, and the log records no region of its own to filter on.
/// Dates are UTC days, both ends included.
/// </summary>
[AllowedRoles(Role.Analyst, Role.Admin)]
public sealed record GetAuditEntries(DateOnly? From, DateOnly? To, string? User, string? Action, string? Text, int Page = 1) : IQuery<AuditLogPage>;

public sealed record AuditLogPage(IReadOnlyList<AuditRow> Rows, int Total, int Page, int PageSize, IReadOnlyList<string> Actions, bool AllOfEngland)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>An entry as listed. An import's before-and-after values can run to megabytes, so a page carries only their start.</summary>
public sealed record AuditRow(long Id, DateTimeOffset At, string UserName, string Action, string Target, string? Details, string? FileHash, string? ChangesStart = null)
{
    public const int ChangesShown = 2000;
}

public sealed class GetAuditEntriesValidator : AbstractValidator<GetAuditEntries>
{
    public GetAuditEntriesValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
        // Beyond this the rows to skip would overflow; no log is that long.
        RuleFor(q => q.Page).LessThanOrEqualTo(int.MaxValue / GetAuditEntriesHandler.PageSize)
            .WithMessage(q => $"There is no page {q.Page} of the audit log.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("The 'to' date must not be before the 'from' date.");
        RuleFor(q => q.User).MaximumLength(200).WithMessage("Search for a user with at most 200 characters.");
        RuleFor(q => q.Text).MaximumLength(200).WithMessage("Search the target with at most 200 characters.");
    }
}

public sealed class GetAuditEntriesHandler(IDbContextFactory<AppDbContext> contextFactory, AccessService access)
    : IQueryHandler<GetAuditEntries, AuditLogPage>
{
    public const int PageSize = 25;

    public async ValueTask<AuditLogPage> Handle(GetAuditEntries query, CancellationToken cancellationToken)
    {
        var user = await access.CurrentAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = Filtered(db, user, query);

        var total = await entries.CountAsync(cancellationToken);
        // Ids only grow, and entries are never changed, so the id order is the order of events.
        var rows = await entries.OrderByDescending(e => e.Id).Skip((query.Page - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditRow(e.Id, e.At, e.UserName, e.Action, e.Target, e.Details, e.FileHash,
                e.Changes == null ? null : e.Changes.Substring(0, AuditRow.ChangesShown)))
            .ToListAsync(cancellationToken);
        return new AuditLogPage(rows, total, query.Page, PageSize, AuditLog.Actions, user.SeesAllOfEngland);
    }

    /// <summary>The entries the user may see that match the filters: the page and its download read the same ones.</summary>
    internal static IQueryable<AuditEntry> Filtered(AppDbContext db, UserAccess user, GetAuditEntries filters)
    {
        var visible = AccessService.AuditEntriesVisibleTo(db, user);
        var entries = visible;
        if (filters.From is not null || filters.To is not null)
            entries = Between(db, visible, filters.From, filters.To);
        if (!string.IsNullOrWhiteSpace(filters.User)) entries = entries.Where(e => EF.Functions.Like(e.UserName, Pattern(filters.User), Escape));
        if (!string.IsNullOrWhiteSpace(filters.Action)) entries = entries.Where(e => e.Action == filters.Action);
        if (!string.IsNullOrWhiteSpace(filters.Text)) entries = entries.Where(e => EF.Functions.Like(e.Target, Pattern(filters.Text), Escape));
        return entries;
    }

    /// <summary>
    /// EF will not compare DateTimeOffset columns on SQLite, where they are text. Every entry is
    /// written in UTC, in one fixed format, so there the text compares in time order; SQL Server
    /// compares the values natively. Either way the comparison runs in the database.
    /// </summary>
    internal static IQueryable<AuditEntry> Between(AppDbContext db, IQueryable<AuditEntry> visible, DateOnly? from, DateOnly? to)
    {
        var start = new DateTimeOffset((from ?? DateOnly.MinValue).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset((to ?? DateOnly.MaxValue.AddDays(-1)).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var inRange = db.AuditEntries.FromSql($"SELECT * FROM \"AuditEntries\" WHERE \"At\" >= {start} AND \"At\" < {end}").Select(e => e.Id);
        return visible.Where(e => inRange.Contains(e.Id));
    }

    private const string Escape = "\\";

    private static string Pattern(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%";
}
