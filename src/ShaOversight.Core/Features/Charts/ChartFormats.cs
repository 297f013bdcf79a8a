using System.Globalization;

namespace ShaOversight.Core.Features.Charts;

/// <summary>How the bar and line charts write values on their axes and bars, on the page and in the pack alike.</summary>
public static class ChartFormats
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>£350k, £1.5m: short enough for an axis.</summary>
    public static string CompactMoney(double amount) => Math.Abs(amount) switch
    {
        >= 1_000_000 => string.Create(EnGb, $"£{amount / 1_000_000:0.#}m"),
        >= 1_000 => string.Create(EnGb, $"£{amount / 1_000:0}k"),
        _ => string.Create(EnGb, $"£{amount:0}"),
    };

    /// <summary>1,234 or 2.5.</summary>
    public static string Number(double value) => value.ToString("#,##0.##", EnGb);

    /// <summary>+0.3, -0.25, 0: a change carries its sign.</summary>
    public static string Signed(double value) => value.ToString("+0.0#;-0.0#;0", EnGb);

    /// <summary>45%, for a value already in percent (0 to 100).</summary>
    public static string Percent(double percent) => string.Create(EnGb, $"{percent:0}%");
}
