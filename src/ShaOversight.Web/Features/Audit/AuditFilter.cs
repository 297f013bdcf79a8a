using System.Globalization;

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

public static class AuditPages
{
    /// <summary>Reads the page number from the URL: blank is the first page; anything but a whole number is explained, not thrown.</summary>
    public static (int? Page, string? Problem) Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (1, null)
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? (page, null)
        : text.All(char.IsAsciiDigit) ? (null, $"There is no page {text[..Math.Min(text.Length, 20)]} of the audit log.")
        : (null, "The page in the address is not a page number. Pages are numbered from 1.");
}
