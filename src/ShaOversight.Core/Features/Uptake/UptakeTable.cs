using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Uptake;

/// <summary>A table of the uptake lens: an SHA's, read from the lens's own query.</summary>
public abstract class UptakeTable<TRow> : FeatureTable<RegionUptake, TRow>
{
    public override TableSubject Subject => TableSubject.Sha;

    public override string SubjectNameOf(RegionUptake source) => source.Sha.Name;

    public override async ValueTask<RegionUptake> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(GetRegionUptake.For(request), cancellationToken);
}
