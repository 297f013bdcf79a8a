using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pcts;

/// <summary>The savings achievement chart of the contracts serving a PCT: the same columns as every savings XmR chart.</summary>
public sealed class PctSpcTable : SpcFiguresTable
{
    public override string Key => "pct-spc";
    public override TableSubject Subject => TableSubject.Pct;
    public override string Description => "A PCT's XmR chart of validated savings as a % of each month's phased target, with SPC columns.";

    public static SpcFigures Of(PctDashboard pct) => new(pct.Pct.Name, pct.Pct.Name, pct.AchievementSpc, pct.AchievementNotes);

    public override async ValueTask<SpcFigures> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        Of(await services.Sender.Send(new GetPctDashboard(request.Pct ?? "", request.Year, request.AsAt), cancellationToken));
}
