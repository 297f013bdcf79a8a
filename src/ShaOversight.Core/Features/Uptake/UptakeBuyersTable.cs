using FluentValidation;
using FluentValidation.Results;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>
/// An SHA's buyers, their stage and how long they have been in it: longest first unless another
/// order is asked for, and only those at one stage when the pipeline chart's drill names it
/// (<c>?stage=board-approved</c>), so the download holds the buyers on screen.
/// </summary>
public sealed class UptakeBuyersTable : UptakeTable<BuyerStageRow>
{
    public const string Buyer = "Buyer";
    public const string Stalled = "Stalled";

    public static readonly TableColumns<BuyerStageRow> Columns = new()
    {
        new("Code", CellKind.Text, b => b.Code) { Under = Buyer },
        new(Buyer, CellKind.Text, b => b.Name) { Sortable = true, Link = PctPage },
        new("Stage", CellKind.Text, b => new StageName(b.Stage)) { Sortable = true },
        new("In stage since", CellKind.Date, b => b.Since) { Sortable = true },
        new("Days in stage", CellKind.Integer, b => b.DaysInStage) { Sortable = true },
        { Stalled, CellKind.YesNo, b => b.IsStalled },
    };

    public override string Key => "uptake-buyers";
    public override string Description => "An SHA's buyers, their stage and days in it.";

    public override TableColumns<BuyerStageRow> ColumnsFor(RegionUptake source) => Columns;
    public override string TitleOf(RegionUptake source) => $"{source.Sha.Name} FESC buyers";

    protected override IEnumerable<BuyerStageRow> RowsOf(RegionUptake source, TableFilters filters)
    {
        var stage = FescStageNames.FromSlug(filters.Stage).Stage;
        return source.Buyers.Where(b => stage is null || b.Stage == stage).OrderByDescending(b => b.DaysInStage);
    }

    public override ValueTask<RegionUptake> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        FescStageNames.FromSlug(request.Filters.Stage).Problem is { } problem
            ? throw new ValidationException([new ValidationFailure("stage", problem)])
            : base.LoadAsync(services, request, cancellationToken);

    /// <summary>A PCT or care trust has a page of its own; an agency or an SHA buying for itself does not.</summary>
    private static TableLink? PctPage(BuyerStageRow buyer) =>
        Organisation.CommissionerKinds.Contains(buyer.Kind) ? new TableLink(TableSubject.Pct, buyer.Code) : null;
}
