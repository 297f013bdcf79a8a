using System.Globalization;
using System.Text.RegularExpressions;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// One row of an upload with typed readers for its columns. Each reader records a problem
/// (row, column, reason) and returns null when a value is wrong, so a row reports every
/// problem it has, not just the first. Numbers and dates are read in en-GB explicitly,
/// whatever the server's culture, and values that another culture would read differently
/// are refused rather than guessed.
/// </summary>
public sealed partial class ImportRow(TabularRow row, IReadOnlyDictionary<string, int> columns, List<ImportProblem> problems)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] DateFormats = ["d/M/yyyy", "yyyy-MM-dd"];
    private static readonly string[] MonthFormats = ["M/yyyy", "MMM yyyy", "MMMM yyyy", "yyyy-MM"];
    private readonly int _problemsBefore = problems.Count;

    public int Number => row.Row;

    /// <summary>Whether any reader has found a problem in this row.</summary>
    public bool HasProblems => problems.Count > _problemsBefore;

    public void Problem(string? column, string reason) => problems.Add(new ImportProblem(row.Row, column, reason));

    public string? Text(string column, int maxLength = 400)
    {
        var text = row.Texts[columns[column]]?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length > maxLength)
        {
            Problem(column, $"is {text.Length} characters long; the most allowed is {maxLength}.");
            return null;
        }
        return text;
    }

    public string? Required(string column, int maxLength = 400)
    {
        var text = Text(column, maxLength);
        if (text is null && RawText(column) is null or { Length: 0 }) Problem(column, "a value is required.");
        return text;
    }

    private string? RawText(string column) => row.Texts[columns[column]]?.Trim();
    private object? Typed(string column) => row.Typed?[columns[column]];

    /// <summary>Pounds and pence: "1234.5", "1,234.50" or "£1,234.50"; at most two decimal places.</summary>
    public decimal? Money(string column, bool required, decimal maximum = 1_000_000_000m)
    {
        var value = Typed(column) switch
        {
            double number => (decimal?)Math.Round((decimal)number, 10),
            decimal number => number,
            _ => ParseMoney(column, RawText(column), required),
        };
        if (value is not { } amount) return null;
        if (amount < 0) { Problem(column, $"is {Show(amount)}; an amount cannot be negative."); return null; }
        if (amount > maximum) { Problem(column, $"is {Show(amount)}, more than the largest allowed ({Show(maximum)})."); return null; }
        if (decimal.Round(amount, 2) != amount) { Problem(column, $"is {amount}; amounts are pounds and pence, with at most two decimal places."); return null; }
        return amount;
    }

    private decimal? ParseMoney(string column, string? text, bool required)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required) Problem(column, "a value is required.");
            return null;
        }
        var plain = text.StartsWith('£') ? text[1..].Trim() : text;
        if (DecimalComma().IsMatch(plain))
        {
            Problem(column, $"{ImportProblem.Quote(text)} uses a comma as the decimal point. Write pounds and pence with a full stop, e.g. 1234.50.");
            return null;
        }
        if (!GroupedNumber().IsMatch(plain) || !decimal.TryParse(plain, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, EnGb, out var value))
        {
            Problem(column, $"{ImportProblem.Quote(text)} is not an amount of money, such as 1234.50 or £1,234.50.");
            return null;
        }
        return value;
    }

    public int? WholeNumber(string column, bool required, int minimum, int maximum)
    {
        int? value = Typed(column) switch
        {
            double number when number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
            _ => null,
        };
        var text = RawText(column);
        if (value is null)
        {
            if (string.IsNullOrEmpty(text))
            {
                if (required) Problem(column, "a value is required.");
                return null;
            }
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, EnGb, out var parsed))
            {
                Problem(column, $"{ImportProblem.Quote(text)} is not a whole number.");
                return null;
            }
            value = parsed;
        }
        if (value < minimum || value > maximum)
        {
            Problem(column, $"is {value}; it must be from {minimum} to {maximum}.");
            return null;
        }
        return value;
    }

    /// <summary>A date as day/month/year (31/03/2010) or ISO (2010-03-31). Two-digit years are refused as ambiguous.</summary>
    public DateOnly? Date(string column, bool required)
    {
        if (Typed(column) is DateTime stored) return DateOnly.FromDateTime(stored);
        var text = RawText(column);
        if (string.IsNullOrEmpty(text))
        {
            if (required) Problem(column, "a date is required.");
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormats, EnGb, DateTimeStyles.None, out var date)) return date;
        if (TwoDigitYear().IsMatch(text))
            Problem(column, $"{ImportProblem.Quote(text)} has a two-digit year, which could mean more than one century. Write the date as 31/03/2010.");
        else if (UsOrder().Match(text) is { Success: true } us && int.Parse(us.Groups[2].Value, CultureInfo.InvariantCulture) > 12)
            Problem(column, $"{ImportProblem.Quote(text)} reads as month/day/year. Dates are day/month/year, e.g. 31/03/2010.");
        else
            Problem(column, $"{ImportProblem.Quote(text)} is not a date. Write it as day/month/year, e.g. 31/03/2010.");
        return null;
    }

    /// <summary>A month as 06/2008, Jun 2008, June 2008 or 2008-06; a full date must be the 1st.</summary>
    public DateOnly? Month(string column, bool required)
    {
        if (Typed(column) is DateTime stored)
        {
            if (stored.Day == 1) return new DateOnly(stored.Year, stored.Month, 1);
            Problem(column, $"is {stored:dd/MM/yyyy}; give the month, e.g. 06/2008, or the 1st of the month.");
            return null;
        }
        var text = RawText(column);
        if (string.IsNullOrEmpty(text))
        {
            if (required) Problem(column, "a month is required.");
            return null;
        }
        if (DateOnly.TryParseExact(text, MonthFormats, EnGb, DateTimeStyles.None, out var month)) return month;
        if (DateOnly.TryParseExact(text, DateFormats, EnGb, DateTimeStyles.None, out var date))
        {
            if (date.Day == 1) return date;
            Problem(column, $"{ImportProblem.Quote(text)} is a date, not a month. Give the month, e.g. {date:MM/yyyy}.");
            return null;
        }
        Problem(column, ShortYearMonth().IsMatch(text)
            ? $"{ImportProblem.Quote(text)} has a two-digit year, which could mean more than one century. Write the month as 06/2008."
            : $"{ImportProblem.Quote(text)} is not a month. Write it as month/year, e.g. 06/2008.");
        return null;
    }

    /// <summary>One of a fixed set of values, matched without regard to case or spaces; the message lists them.</summary>
    public T? Choice<T>(string column, bool required, ChoiceSet<T> choices) where T : struct
    {
        var text = RawText(column);
        if (string.IsNullOrEmpty(text))
        {
            if (required) Problem(column, "a value is required.");
            return null;
        }
        if (choices.TryFind(text, out var value)) return value;
        Problem(column, $"{ImportProblem.Quote(text)} is not one of: {string.Join(", ", choices.Labels)}.");
        return null;
    }

    internal static string Normalise(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_').Select(char.ToLowerInvariant).ToArray());

    private static string Show(decimal amount) => amount.ToString("£#,##0.##", EnGb);

    [GeneratedRegex(@"^\d+,\d{1,2}$|^\d{1,3}(\.\d{3})+,\d+$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")]
    private static partial Regex GroupedNumber();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$")]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{2}$")]
    private static partial Regex ShortYearMonth();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/\d{4}$")]
    private static partial Regex UsOrder();
}
