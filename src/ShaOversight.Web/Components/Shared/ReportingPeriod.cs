using System.Globalization;
using ShaOversight.Core.Data.Seeding;
using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

/// <summary>
/// The year and as-at date a page shows, read from its URL. Without them a page shows the
/// latest assurance year, as at its end or the last day of data, whichever comes first.
/// </summary>
public sealed record ReportingPeriod(FinancialYear Year, DateOnly AsAt)
{
    public static readonly IReadOnlyList<FinancialYear> Years = [new(2007), new(2008), new(2009)];
    public static readonly FinancialYear DefaultYear = new(2009);

    public static ReportingPeriod Default => For(DefaultYear);

    public static ReportingPeriod For(FinancialYear year) =>
        new(year, year.EndsOn < DemonstrationScope.DefaultDataEndsOn ? year.EndsOn : DemonstrationScope.DefaultDataEndsOn);

    /// <summary>
    /// The view at the end of a month, for a drill from a month on a chart: its financial year,
    /// as at the month's last day, or <paramref name="latest"/> if that comes first (the current month).
    /// </summary>
    public static ReportingPeriod AtEndOf(DateOnly month, DateOnly latest)
    {
        var monthEnd = new DateOnly(month.Year, month.Month, 1).AddMonths(1).AddDays(-1);
        var asAt = monthEnd < latest ? monthEnd : latest;
        return new ReportingPeriod(FinancialYear.Containing(asAt), asAt);
    }

    /// <summary>
    /// Reads <c>?year=2009-10&amp;asAt=2010-03-31</c>; gives a plain-English problem for a bad value.
    /// A date without a year is shown in its own financial year, which is what the period pickers
    /// send for a date: so the date decides the year, and a year chosen but not sent cannot clash with it.
    /// </summary>
    public static (ReportingPeriod? Period, string? Problem) FromQuery(string? year, string? asAt)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(asAt))
        {
            if (!DateOnly.TryParseExact(asAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
                return (null, $"'{asAt}' is not a date. Write the as-at date as year-month-day, for example 2010-03-31.");
            date = parsedDate;
        }
        var resolved = date is { } onItsOwn ? FinancialYear.Containing(onItsOwn) : DefaultYear;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!FinancialYear.TryParse(year, out var parsed, out var error)) return (null, error);
            resolved = parsed.Value;
        }
        if (!Years.Contains(resolved))
            return (null, $"There are no figures for {resolved.Label}. Choose one of {string.Join(", ", Years.Select(y => y.Label))}.");
        if (date is not { } asAtDate) return (For(resolved), null);
        if (!resolved.Contains(asAtDate))
            return (null, $"{Formats.Date(asAtDate)} is not in {resolved.Label}, which runs from {Formats.Date(resolved.StartsOn)} to {Formats.Date(resolved.EndsOn)}.");
        return (new ReportingPeriod(resolved, asAtDate), null);
    }
}
