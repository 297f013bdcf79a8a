using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ShaOversight.Core.Domain;

/// <summary>An NHS financial year, 1 April to 31 March, written "2008/09".</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(FinancialYearJsonConverter))]
public readonly record struct FinancialYear(int StartYear) : IComparable<FinancialYear>
{
    public const int EarliestStartYear = 2000;
    public const int LatestStartYear = 2099;

    public DateOnly StartsOn => new(StartYear, 4, 1);
    public DateOnly EndsOn => new(StartYear + 1, 3, 31);

    /// <summary>"2008/09": the form used in NHS papers.</summary>
    public string Label => $"{StartYear}/{(StartYear + 1) % 100:00}";

    /// <summary>"2008-09": the form used in URLs, where a slash would be a path separator.</summary>
    public string UrlValue => $"{StartYear}-{(StartYear + 1) % 100:00}";

    public FinancialYear Previous => new(StartYear - 1);
    public FinancialYear Next => new(StartYear + 1);

    public static FinancialYear Containing(DateOnly date) =>
        new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= StartsOn && date <= EndsOn;

    /// <summary>The first day of each of the year's twelve months, April first.</summary>
    public IEnumerable<DateOnly> Months()
    {
        var startsOn = StartsOn;
        return Enumerable.Range(0, 12).Select(offset => startsOn.AddMonths(offset));
    }

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => Label;

    /// <summary>Accepts "2008/09" or "2008-09". The second part must be the year after the first.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FinancialYear? year, out string error)
    {
        year = null;
        error = "";
        var trimmed = text?.Trim() ?? "";
        var parts = trimmed.Split('/', '-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            error = $"'{text}' is not a financial year: write it as 2008/09 or 2008-09.";
            return false;
        }
        if (start is < EarliestStartYear or > LatestStartYear)
        {
            error = $"'{text}' is outside the years this service holds ({EarliestStartYear}/01 to {LatestStartYear}/00).";
            return false;
        }
        if ((start + 1) % 100 != end)
        {
            error = $"'{text}' is not a financial year: {start} is followed by {(start + 1) % 100:00}, not {end:00}.";
            return false;
        }
        year = new FinancialYear(start);
        return true;
    }

    public static FinancialYear Parse(string text) =>
        TryParse(text, out var year, out var error) ? year.Value : throw new FormatException(error);
}
