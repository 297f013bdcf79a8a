using System.Buffers;
using System.Globalization;

namespace ShaOversight.Core.Features.Exports;

/// <summary>How a cell's value becomes text, shared by both formats so CSV and Excel agree.</summary>
public static class CellValues
{
    public const string DateFormat = "dd/MM/yyyy";
    private static readonly CultureInfo EnglishGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Spreadsheets treat text starting with one of these as a formula (OWASP "CSV injection").
    /// Tab and carriage return are on the list because some programs strip them and read on;
    /// the full-width forms (＝ ＋ － ＠) because Excel, with an East Asian input method, reads
    /// them as their ASCII twins.
    /// </summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");

    /// <summary>Whether a spreadsheet would run this text as a formula if it were typed in.</summary>
    public static bool StartsFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    /// <summary>
    /// Prefixes a single quote to text a spreadsheet would otherwise run as a formula. CSV has no
    /// other way to say "text"; Excel files mark the cell instead (<see cref="XlsxTableWriter"/>).
    /// </summary>
    public static string Neutralise(string text) => StartsFormula(text) ? "'" + text : text;

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
            CellKind.Number or CellKind.Percent => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero)
                .ToString("0.####", CultureInfo.InvariantCulture),
            CellKind.Date => AsDate(value).ToString(DateFormat, CultureInfo.InvariantCulture),
            CellKind.YesNo => (bool)value ? "Yes" : "No",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
    };

    /// <summary>
    /// The value as Excel should hold it: numbers as numbers, dates as dates, and text exactly as
    /// it is. The writer neutralises text with the cell's quote-prefix style, not by changing it.
    /// </summary>
    public static object? ToCell(object? value, CellKind kind) => value switch
    {
        null => null,
        _ => kind switch
        {
            CellKind.Text => Convert.ToString(value, EnglishGb) ?? "",
            CellKind.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            CellKind.Money => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero),
            CellKind.Number or CellKind.Percent => Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), 4, MidpointRounding.AwayFromZero),
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
