using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>Behind the uptake trend chart: the running share each month. It is cumulative, so it has no SPC columns (docs/spc.md).</summary>
public sealed class UptakeOverTimeTable : UptakeTable<UptakePoint>
{
    public const string Month = "Month";

    public static readonly TableColumns<UptakePoint> Columns = new()
    {
        new(Month, CellKind.Date, p => p.Month) { Display = p => MonthName(p.Month) },
        { "PCTs with a contract awarded", CellKind.Integer, p => p.PctsWithContractAwarded },
        { "PCTs with a contract awarded (%)", CellKind.Percent, p => p.Share * 100 },
    };

    public override string Key => "uptake-trend";
    public override string Description => "An SHA's share of PCTs with a FESC contract awarded, month by month (cumulative, so no SPC columns).";

    public override TableColumns<UptakePoint> ColumnsFor(RegionUptake source) => Columns;
    public override string TitleOf(RegionUptake source) => $"{source.Sha.Name} FESC uptake over time";
    protected override IEnumerable<UptakePoint> RowsOf(RegionUptake source, TableFilters filters) => source.OverTime;

    /// <summary>"Jun 2008": each row is a month, as the chart's axis names it.</summary>
    private static string MonthName(object? month) => month is DateOnly date ? date.ToString("MMM yyyy", CellText.EnGb) : CellText.NoValue;
}
