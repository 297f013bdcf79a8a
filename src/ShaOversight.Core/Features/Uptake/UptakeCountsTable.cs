using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>
/// Behind a bar chart of contracts counted by a category (a FESC list, a service area): largest
/// first, ties by name, the order the chart draws its bars in.
/// </summary>
public abstract class UptakeCountsTable : UptakeTable<NamedCount>
{
    public const string Contracts = "Contracts";

    /// <summary>The category's heading: "FESC list".</summary>
    public abstract string Category { get; }

    protected abstract IReadOnlyList<NamedCount> CountsOf(RegionUptake source);

    public override TableColumns<NamedCount> ColumnsFor(RegionUptake source) => new()
    {
        { Category, CellKind.Text, n => n.Name },
        { Contracts, CellKind.Integer, n => n.Contracts },
    };

    protected override IEnumerable<NamedCount> RowsOf(RegionUptake source, TableFilters filters) =>
        BarOrder.LargestFirst(CountsOf(source), n => n.Contracts, n => n.Name);
}

public sealed class UptakeListsTable : UptakeCountsTable
{
    public override string Key => "uptake-lists";
    public override string Description => "An SHA's contracts by FESC list (chart).";
    public override string Category => "FESC list";
    public override string TitleOf(RegionUptake source) => $"{source.Sha.Name} contracts by FESC list";
    protected override IReadOnlyList<NamedCount> CountsOf(RegionUptake source) => source.ByList;
}

public sealed class UptakeAreasTable : UptakeCountsTable
{
    public override string Key => "uptake-areas";
    public override string Description => "An SHA's contracts by service area (chart).";
    public override string Category => "Service area";
    public override string TitleOf(RegionUptake source) => $"{source.Sha.Name} contracts by service area";
    protected override IReadOnlyList<NamedCount> CountsOf(RegionUptake source) => source.ByServiceArea;
}
