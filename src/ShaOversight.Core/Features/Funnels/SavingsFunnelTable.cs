using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Funnels;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Funnels;

/// <summary>The savings funnel of the contracts a lens lists: whose region it is, and the funnel.</summary>
public sealed record RegionSavingsFunnel(string ShaName, SavingsFunnel Funnel)
{
    public static RegionSavingsFunnel Of(RegionSavings savings) => new(savings.Sha.Name, SavingsFunnel.From(savings.Contracts));
}

/// <summary>A contract's point in the funnel, with the funnel it sits in (its pooled target and adjustment are every row's).</summary>
public sealed record SavingsFunnelRow(SavingsFunnelPoint Point, SavingsFunnel Funnel);

/// <summary>
/// The figures behind the savings lens's funnel plot, with its limits, so an analyst can redraw it or check a
/// point. It holds the contracts the lens lists (<c>?list=</c>, <c>?area=</c>), as the plot does.
/// </summary>
public sealed class SavingsFunnelTable : FeatureTable<RegionSavingsFunnel, SavingsFunnelRow>
{
    public const string Reference = "Reference";
    public const string Buyer = "Buyer";
    public const string Pooled = "Region's pooled achievement (%)";
    public const string Position = "Within, above or below limits";
    public const string TargetToDate = "Phased target to date (£)";
    public const string Achievement = "Achievement (%)";
    public const string Lower95 = "95% lower limit (%)";
    public const string Upper95 = "95% upper limit (%)";
    public const string Lower998 = "99.8% lower limit (%)";

    public static readonly TableColumns<SavingsFunnelRow> Columns = new()
    {
        new(Reference, CellKind.Text, r => r.Point.Contract.Reference) { Key = "contract", Sortable = true, Link = r => new TableLink(TableSubject.Contract, $"{r.Point.Contract.Id}") },
        new(Buyer, CellKind.Text, r => r.Point.Contract.BuyerName) { Key = "buyer", Sortable = true },
        new("Supplier", CellKind.Text, r => r.Point.Contract.Supplier) { Under = Buyer },
        new(TargetToDate, CellKind.Money, r => r.Point.TargetToDate) { Key = "target", Sortable = true },
        new("Validated to date (£)", CellKind.Money, r => r.Point.ValidatedToDate) { Key = "validated", Sortable = true },
        new(Achievement, CellKind.Percent, r => r.Point.Achievement * 100) { Key = "achieved", Sortable = true },
        { Pooled, CellKind.Percent, r => r.Funnel.Target * 100 },
        { Lower95, CellKind.Percent, r => r.Point.Limits.Lower95 * 100 },
        new(Upper95, CellKind.Percent, r => r.Point.Limits.Upper95 * 100) { Under = Lower95 },
        { Lower998, CellKind.Percent, r => r.Point.Limits.Lower998 * 100 },
        new("99.8% upper limit (%)", CellKind.Percent, r => r.Point.Limits.Upper998 * 100) { Under = Lower998 },
        new(Position, CellKind.Text, r => r.Point.Position.Describe()) { Key = "position", Sortable = true, SortBy = r => r.Point.Position },
        new("Overdispersion adjustment applied", CellKind.YesNo, r => r.Funnel.Overdispersion.Applied) { Under = Pooled },
    };

    public override string Key => "savings-funnel";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's contracts' savings achievement against the region's, with funnel limits.";

    public override TableColumns<SavingsFunnelRow> ColumnsFor(RegionSavingsFunnel source) => Columns;
    public override string TitleOf(RegionSavingsFunnel source) => $"{source.ShaName} savings achievement by contract: funnel plot";
    public override string SubjectNameOf(RegionSavingsFunnel source) => source.ShaName;

    // Smallest target first, as the funnel reads left to right.
    protected override IEnumerable<SavingsFunnelRow> RowsOf(RegionSavingsFunnel source, TableFilters filters) =>
        source.Funnel.Points.Select(p => new SavingsFunnelRow(p, source.Funnel));

    public override async ValueTask<RegionSavingsFunnel> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        RegionSavingsFunnel.Of(await services.Sender.Send(Query(request), cancellationToken));

    /// <summary>The lens's listed contracts, every one of them (the funnel is not paged): the lens's filters, no page.</summary>
    public static GetRegionSavings Query(TableRequest request) =>
        new(request.Sha ?? "", request.AsAt, null, request.Filters.List, request.Filters.Area);
}
