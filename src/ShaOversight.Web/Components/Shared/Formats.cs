using System.Globalization;

namespace ShaOversight.Web.Components.Shared;

/// <summary>How figures are written on screen: en-GB, pounds, and a dash where there is no value.</summary>
public static class Formats
{
    public static readonly CultureInfo EnGb = ShaOversight.Core.Tables.CellText.EnGb;
    public const string NoValue = ShaOversight.Core.Tables.CellText.NoValue;

    /// <summary>£350k, £11.0m: compact money for tables of headline figures.</summary>
    public static string Money(decimal amount) => ShaOversight.Core.Tables.CellText.CompactMoney(amount);

    public static string MoneyInFull(decimal amount) => amount.ToString("C0", EnGb);

    public static string Percent(decimal? share) => share is { } value ? value.ToString("P0", EnGb) : NoValue;

    /// <summary>A value that is a percentage already (0 to 100, as SPC series hold them), to one decimal place.</summary>
    public static string Percentage(decimal? percent) => percent is { } value ? (value / 100).ToString("P1", EnGb) : NoValue;

    public static string Score(decimal? score) => score is { } value ? value.ToString("0.00", EnGb) : NoValue;

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", EnGb);

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>10:42, in UK time (GMT or BST), for notices about changes made a moment ago.</summary>
    public static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("HH:mm", EnGb);

    /// <summary>23 Nov 2026 10:42, in UK time, for the audit log.</summary>
    public static string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMM yyyy HH:mm:ss", EnGb);

    /// <summary>£12,345.67, pence and all, as typed into a form; a dash when there is no amount.</summary>
    public static string Pounds(decimal? amount) => amount is { } value ? value.ToString("C2", EnGb) : NoValue;

    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", EnGb);

    /// <summary>Reads <c>?month=2009-06</c>; gives a plain-English problem for anything else.</summary>
    public static (DateOnly? Month, string? Problem) ParseMonth(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return DateOnly.TryParseExact(text, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var month)
            ? (month, null)
            : (null, $"'{text}' is not a month. Write it as year-month, for example 2009-06.");
    }

    /// <summary>10.5×: how many pounds came back for each pound spent.</summary>
    public static string Ratio(decimal? ratio) => ShaOversight.Core.Tables.CellText.Times(ratio);

    /// <summary>Axis labels for a monthly series: each April and the first month, blank between, so the axis stays readable.</summary>
    public static string[] MonthAxis(IReadOnlyList<DateOnly> months) =>
        months.Select((month, index) => index == 0 || month.Month == 4 ? month.ToString("MMM yy", EnGb) : "").ToArray();
}
