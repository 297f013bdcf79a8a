namespace ShaOversight.Core.Features.Exports;

/// <summary>What a table is about, and so which code or id a download of it must name.</summary>
public enum TableSubject
{
    England,
    Sha,
    Pct,
    Contract,
    Pilot,
}

public sealed record ExportableTable(string Key, TableSubject Subject, string Description);

/// <summary>Every table and chart that downloads. The key is what URLs and `shao export` use.</summary>
public static class ExportableTables
{
    // Tables still listed here by hand, until their feature defines them (Core/Tables).
    private static readonly IReadOnlyList<ExportableTable> Listed =
    [
        new("england", TableSubject.England, "The ten SHAs side by side (the England page)."),
        new("pilots", TableSubject.England, "The seven FESC pilots (the pilot tracker)."),
        new("uptake-pipeline", TableSubject.Sha, "An SHA's FESC buyers by stage (pipeline chart)."),
        new("uptake-trend", TableSubject.Sha, "An SHA's share of PCTs with a FESC contract awarded, month by month (cumulative, so no SPC columns)."),
        new("uptake-lists", TableSubject.Sha, "An SHA's contracts by FESC list (chart)."),
        new("uptake-areas", TableSubject.Sha, "An SHA's contracts by service area (chart)."),
        new("uptake-buyers", TableSubject.Sha, "An SHA's buyers, their stage and days in it."),
        new("wcc-scores", TableSubject.Sha, "An SHA's WCC scores, governance ratings and year-on-year movement (heat map)."),
        new("pct-journey", TableSubject.Pct, "A PCT's FESC stage history."),
        new("pct-ratings", TableSubject.Pct, "A PCT's WCC scores against the regional and national medians (radar chart)."),
        new("pilot-milestones", TableSubject.Pilot, "A pilot's milestones, planned against actual (timeline chart)."),
        new("pilot-commentary", TableSubject.Pilot, "A pilot's dated commentary and lessons learned."),
        new("uptake-funnel", TableSubject.England, "Each SHA's FESC uptake against England's, with its funnel limits."),
        new("wcc-funnel", TableSubject.England, "Every PCT's WCC composite against England's, with its limits (caterpillar plot)."),
    ];

    public static readonly IReadOnlyList<ExportableTable> All =
    [
        .. Listed.Where(t => Tables.TableCatalogue.Find(t.Key) is null),
        .. Tables.TableCatalogue.All.Select(t => new ExportableTable(t.Key, t.Subject, t.Description)),
    ];

    public static ExportableTable? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));
}
