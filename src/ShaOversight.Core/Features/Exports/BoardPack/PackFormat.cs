using System.Globalization;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>Figures as a board paper writes them (en-GB): £1,234,567, 95.1%, 31/03/2010. A missing figure is a dash.</summary>
public static class PackFormat
{
    public const string NoValue = CellText.NoValue;
    private static readonly CultureInfo EnGb = CellText.EnGb;

    public static string Money(decimal? value) => value is { } v ? CellText.Money(v) : NoValue;
    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.0", EnGb) + "%" : NoValue;
    public static string Number(decimal? value, string format = "0.00") => value is { } v ? v.ToString(format, EnGb) : NoValue;
    public static string Date(DateOnly? date) => date is { } d ? d.ToString("dd/MM/yyyy", EnGb) : NoValue;
    public static string Month(DateOnly date) => CellText.Month(date);
    public static string Count(int value) => value.ToString("#,##0", EnGb);

    /// <summary>A summary figure in its unit: a share or percentage as a percentage, a score to two places, a multiple with ×.</summary>
    public static string Measure(decimal? value, MeasureUnit unit) => value is not { } v ? NoValue : unit switch
    {
        MeasureUnit.Share => Percent(v),
        MeasureUnit.Percent => Percent(v / 100),
        MeasureUnit.Money => Money(v),
        MeasureUnit.Score => Number(v),
        MeasureUnit.Ratio => Number(v, "0.0") + "×",
        _ => Number(v, "#,##0"),
    };

    /// <summary>A change in a summary figure, signed: shares and percentages in percentage points.</summary>
    public static string Change(decimal? change, MeasureUnit unit) => change is not { } c ? NoValue : unit switch
    {
        MeasureUnit.Share => (c * 100).ToString("+0.0;-0.0;0.0", EnGb) + " pts",
        MeasureUnit.Percent => c.ToString("+0.0;-0.0;0.0", EnGb) + " pts",
        MeasureUnit.Money => c.ToString("+£#,##0;-£#,##0;£0", EnGb),
        MeasureUnit.Score => c.ToString("+0.00;-0.00;0.00", EnGb),
        MeasureUnit.Ratio => c.ToString("+0.0;-0.0;0.0", EnGb) + "×",
        _ => c.ToString("+#,##0;-#,##0;0", EnGb),
    };
}
