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

    /// <summary>Reads <c>?year=2009-10&amp;asAt=2010-03-31</c>; gives a plain-English problem for a bad value.</summary>
    public static (ReportingPeriod? Period, string? Problem) FromQuery(string? year, string? asAt)
    {
        var resolved = DefaultYear;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!FinancialYear.TryParse(year, out var parsed, out var error)) return (null, error);
            if (!Years.Contains(parsed.Value))
                return (null, $"There are no figures for {parsed.Value.Label}. Choose one of {string.Join(", ", Years.Select(y => y.Label))}.");
            resolved = parsed.Value;
        }
        if (string.IsNullOrWhiteSpace(asAt)) return (For(resolved), null);
        if (!DateOnly.TryParseExact(asAt, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (null, $"'{asAt}' is not a date. Write the as-at date as year-month-day, for example 2010-03-31.");
        if (!resolved.Contains(date))
            return (null, $"{Formats.Date(date)} is not in {resolved.Label}, which runs from {Formats.Date(resolved.StartsOn)} to {Formats.Date(resolved.EndsOn)}.");
        return (new ReportingPeriod(resolved, date), null);
    }
}
