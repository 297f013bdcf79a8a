using System.Globalization;

namespace ShaOversight.Web.Components.Shared;

/// <summary>How figures are written on screen: en-GB, pounds, and a dash where there is no value.</summary>
public static class Formats
{
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    public const string NoValue = "–";

    /// <summary>£350k, £11.0m: compact money for tables of headline figures.</summary>
    public static string Money(decimal amount) => Math.Abs(amount) switch
    {
        >= 1_000_000m => string.Create(EnGb, $"£{amount / 1_000_000m:0.0}m"),
        >= 1_000m => string.Create(EnGb, $"£{amount / 1_000m:0}k"),
        _ => string.Create(EnGb, $"£{amount:0}"),
    };

    public static string MoneyInFull(decimal amount) => amount.ToString("C0", EnGb);

    public static string Percent(decimal? share) => share is { } value ? value.ToString("P0", EnGb) : NoValue;

    public static string Score(decimal? score) => score is { } value ? value.ToString("0.00", EnGb) : NoValue;

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", EnGb);
}
