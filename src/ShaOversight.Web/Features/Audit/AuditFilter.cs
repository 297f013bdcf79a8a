namespace ShaOversight.Web.Features.Audit;

/// <summary>The audit log's filters as typed, blanks as null, ready to go into the URL.</summary>
public sealed record AuditFilter(string? From, string? To, string? User, string? Action, string? Text);
