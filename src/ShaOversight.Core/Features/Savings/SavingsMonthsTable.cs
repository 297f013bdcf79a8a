using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>The figures behind both monthly savings charts on the savings lens (cumulative, and claimed against validated).</summary>
public sealed class SavingsMonthsTable : FeatureTable<RegionSavings, SavingsMonth>
{
    public const string Month = "Month";
    public const string Target = "Phased target (£)";
    public const string Claimed = "Claimed (£)";
    public const string Validated = "Validated (£)";
    public const string Awaiting = "Returns awaiting validation";
    public const string CumulativeTarget = "Cumulative target (£)";
    public const string CumulativeValidated = "Cumulative validated (£)";

    public static readonly TableColumns<SavingsMonth> Columns = new()
    {
        new(Month, CellKind.Date, m => m.Month) { Display = m => CellText.Month(m.Month) },
        { Target, CellKind.Money, m => m.Target },
        { Claimed, CellKind.Money, m => m.Claimed },
        { Validated, CellKind.Money, m => m.Validated },
        { "Claimed not validated (£)", CellKind.Money, m => m.Gap },
        new(Awaiting, CellKind.Integer, m => m.ReturnsAwaitingValidation) { Under = Validated },
        { CumulativeTarget, CellKind.Money, m => m.CumulativeTarget },
        { CumulativeValidated, CellKind.Money, m => m.CumulativeValidated },
    };

    public override string Key => "savings-months";
    public override TableSubject Subject => TableSubject.Sha;
    public override string Description => "An SHA's savings month by month (cumulative and claimed-against-validated charts).";

    public override TableColumns<SavingsMonth> ColumnsFor(RegionSavings source) => Columns;
    public override string TitleOf(RegionSavings source) => $"{source.Sha.Name} savings by month";
    public override string SubjectNameOf(RegionSavings source) => source.Sha.Name;
    protected override IEnumerable<SavingsMonth> RowsOf(RegionSavings source, TableFilters filters) => source.Months;

    // The region's months cover every contract, whatever the lens lists, so the filters do not apply.
    public override async ValueTask<RegionSavings> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetRegionSavings(request.Sha ?? "", request.AsAt), cancellationToken);
}
