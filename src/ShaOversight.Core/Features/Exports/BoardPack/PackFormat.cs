using System.Globalization;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>Figures as a board paper writes them (en-GB): £1,234,567, 95.1%, 31/03/2010. A missing figure is a dash.</summary>
public static class PackFormat
{
    public const string NoValue = "–";
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Money(decimal? value) => value is { } v ? v.ToString("£#,##0;-£#,##0", EnGb) : NoValue;
    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.0", EnGb) + "%" : NoValue;
    public static string Number(decimal? value, string format = "0.00") => value is { } v ? v.ToString(format, EnGb) : NoValue;
    public static string Date(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy", EnGb) : NoValue;
    public static string Month(DateOnly date) => date.ToString("MMM yyyy", EnGb);
    public static string Count(int value) => value.ToString("#,##0", EnGb);
}
