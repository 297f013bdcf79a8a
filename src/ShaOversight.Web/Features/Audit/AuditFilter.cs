namespace ShaOversight.Web.Features.Audit;

/// <summary>The audit log's filters as typed, blanks as null, ready to go into the URL.</summary>
public sealed record AuditFilter(string? From, string? To, string? User, string? Action, string? Text);

public static class AuditDates
{
    /// <summary>Reads a filter date from the URL (year-month-day), or says plainly what is wrong with it.</summary>
    public static (DateOnly? Date, string? Problem) Parse(string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? (null, null)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? (date, null)
        : (null, $"'{text}' is not a date for '{name}'. Write it as year-month-day, for example 2026-11-23.");
}
