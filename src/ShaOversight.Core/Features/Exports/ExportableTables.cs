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
        new("savings-months", TableSubject.Sha, "An SHA's savings month by month (cumulative and claimed-against-validated charts)."),
        new("savings-spc", TableSubject.Sha, "An SHA's XmR chart of validated savings as a % of each month's phased target, with SPC columns."),
        new("savings-spc-matrix", TableSubject.Sha, "An SHA's contracts, each with its latest validated month and SPC icons (the SPC summary matrix)."),
        new("contract-months", TableSubject.Contract, "A contract's months: target, claimed, validated."),
        new("contract-spc", TableSubject.Contract, "A contract's XmR chart of validated savings as a % of each month's phased target, with SPC columns."),
        new("savings-funnel", TableSubject.Sha, "An SHA's contracts' savings achievement against the region's, with funnel limits."),
    ];

    public static readonly IReadOnlyList<ExportableTable> All =
    [
        .. Listed.Where(t => Tables.TableCatalogue.Find(t.Key) is null),
        .. Tables.TableCatalogue.All.Select(t => new ExportableTable(t.Key, t.Subject, t.Description)),
    ];

    public static ExportableTable? Find(string? key) => All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));
}
