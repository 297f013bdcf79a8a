using System.Globalization;

namespace ShaOversight.Core.Features.Exports;

/// <summary>How a cell's value becomes text, shared by both formats so CSV and Excel agree.</summary>
public static class CellValues
{
    public const string DateFormat = "dd/MM/yyyy";
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Spreadsheets treat text starting with one of these as a formula (OWASP "CSV injection").
    /// Tab and carriage return are on the list because some programs strip them and read on.
    /// </summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Prefixes a single quote to text a spreadsheet would otherwise run as a formula.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    /// <summary>The value as CSV text: numbers plain and invariant, dates en-GB, text neutralised.</summary>
    public static string ToText(object? value, CellKind kind) => value switch
    {
        null => "",
        _ => kind switch
        {
            CellKind.Text => Neutralise(Convert.ToString(value, EnglishGb) ?? ""),
            CellKind.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            CellKind.Money => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero)
                .ToString("0.00", CultureInfo.InvariantCulture),
            CellKind.Number => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero)
                .ToString("0.####", CultureInfo.InvariantCulture),
            CellKind.Date => AsDate(value).ToString(DateFormat, CultureInfo.InvariantCulture),
            CellKind.YesNo => (bool)value ? "Yes" : "No",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
    };

    /// <summary>The value as Excel should hold it: numbers as numbers, dates as dates, text neutralised.</summary>
    public static object? ToCell(object? value, CellKind kind) => value switch
    {
        null => null,
        _ => kind switch
        {
            CellKind.Text => Neutralise(Convert.ToString(value, EnglishGb) ?? ""),
            CellKind.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            CellKind.Money => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero),
            CellKind.Number => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero),
            CellKind.Date => AsDate(value).ToDateTime(TimeOnly.MinValue),
            CellKind.YesNo => (bool)value ? "Yes" : "No",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
    };

    private static DateOnly AsDate(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        _ => throw new ArgumentException($"A date column holds a {value.GetType().Name}.", nameof(value)),
    };
}
