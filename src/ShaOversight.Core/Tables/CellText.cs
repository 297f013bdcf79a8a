using System.Globalization;
using ShaOversight.Core.Features.Exports;

namespace ShaOversight.Core.Tables;

/// <summary>How a table's value is written for a reader, on screen and on paper alike: en-GB, and a dash for no value.</summary>
public static class CellText
{
    public const string NoValue = "–";
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(object? value, CellKind kind) => value switch
    {
        null => NoValue,
        _ => kind switch
        {
            CellKind.Text => Convert.ToString(value, EnGb) is { Length: > 0 } text ? text : NoValue,
            CellKind.Integer => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("#,##0", EnGb),
            CellKind.Money => Money(Convert.ToDecimal(value, CultureInfo.InvariantCulture)),
            CellKind.Number => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,##0.##", EnGb),
            CellKind.Percent => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.0", EnGb) + "%",
            CellKind.Date => Date(value),
            CellKind.YesNo => (bool)value ? "Yes" : "No",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        },
    };

    /// <summary>Apr 2009: a month of a monthly table, as its charts' figures name it (a date column's <c>Display</c>).</summary>
    public static string Month(DateOnly? month) => month is { } value ? value.ToString("MMM yyyy", EnGb) : NoValue;

    /// <summary>£1,234,567: whole pounds, as a board paper gives them.</summary>
    public static string Money(decimal amount) => amount.ToString("£#,##0;-£#,##0", EnGb);

    /// <summary>10.5×: a multiple, such as how many pounds came back for each pound spent.</summary>
    public static string Times(decimal? ratio) => ratio is { } value ? string.Create(EnGb, $"{value:0.0}×") : NoValue;

    /// <summary>£350k, £11.0m: compact money for a column of headline figures.</summary>
    public static string CompactMoney(decimal amount) => Math.Abs(amount) switch
    {
        >= 1_000_000m => string.Create(EnGb, $"£{amount / 1_000_000m:0.0}m"),
        >= 1_000m => string.Create(EnGb, $"£{amount / 1_000m:0}k"),
        _ => string.Create(EnGb, $"£{amount:0}"),
    };

    private static string Date(object value) => value switch
    {
        DateOnly date => date.ToString("d MMM yyyy", EnGb),
        DateTime dateTime => dateTime.ToString("d MMM yyyy", EnGb),
        _ => throw new ArgumentException($"A date column holds a {value.GetType().Name}.", nameof(value)),
    };
}
