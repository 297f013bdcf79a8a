using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>Behind the pipeline chart: buyers at each stage, stages in the pipeline's order.</summary>
public sealed class UptakePipelineTable : UptakeTable<StageCount>
{
    public const string Stage = "Stage";

    public static readonly TableColumns<StageCount> Columns = new()
    {
        { Stage, CellKind.Text, s => FescStageNames.Of(s.Stage) },
        { "Buyers", CellKind.Integer, s => s.Buyers },
    };

    public override string Key => "uptake-pipeline";
    public override string Description => "An SHA's FESC buyers by stage (pipeline chart).";

    public override TableColumns<StageCount> ColumnsFor(RegionUptake source) => Columns;
    public override string TitleOf(RegionUptake source) => $"{source.Sha.Name} FESC pipeline";
    protected override IEnumerable<StageCount> RowsOf(RegionUptake source, TableFilters filters) => source.Pipeline;
}
