using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

/// <summary>Addresses of the dashboard's pages, carrying the period so a drill-down keeps the same view.</summary>
public static class PageLinks
{
    public static string England(ReportingPeriod period) => $"/england{Query(period)}";

    public static string Sha(string code, ReportingPeriod period, string? lens = null, ShaFilters? filters = null)
    {
        var extra = new List<(string, string)?> { lens is null ? null : ("lens", lens) };
        if (filters is not null)
        {
            if (filters.Stage is { } stage) extra.Add(("stage", StageNames.Slug(stage)));
            if (filters.List is { } list) extra.Add(("list", list));
            if (filters.Area is { } area) extra.Add(("area", area));
            if (filters.Month is { } month) extra.Add(("month", month.ToString("yyyy-MM")));
            if (filters.Sort is { } sort) extra.Add(("sort", sort));
            if (filters.Page > 1) extra.Add(("page", filters.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return $"/sha/{Uri.EscapeDataString(code)}{Query(period, [.. extra])}";
    }

    public static string Pct(string code, ReportingPeriod period, DateOnly? month = null) =>
        $"/pct/{Uri.EscapeDataString(code)}{Query(period, month is { } m ? ("month", m.ToString("yyyy-MM")) : null)}";

    /// <summary>Every PCT's WCC composite against England's, for the period's round.</summary>
    public static string WccFunnel(ReportingPeriod period) => $"/wcc/funnel{Query(period)}";

    public static string Contract(int id, ReportingPeriod period, string? viaPct = null, DateOnly? month = null)
    {
        var extra = new List<(string, string)?>();
        if (viaPct is not null) extra.Add(("pct", viaPct));
        if (month is { } m) extra.Add(("month", m.ToString("yyyy-MM")));
        return $"/contracts/{id}{Query(period, [.. extra])}";
    }

    private static string Query(ReportingPeriod period, params (string Key, string Value)?[] extra)
    {
        var parts = new List<string> { $"year={period.Year.UrlValue}", $"asAt={period.AsAt:yyyy-MM-dd}" };
        parts.AddRange(extra.Where(e => e is not null).Select(e => $"{e!.Value.Key}={Uri.EscapeDataString(e.Value.Value)}"));
        return "?" + string.Join("&", parts);
    }
}

/// <summary>
/// The drill filters an SHA page carries in its address: the uptake lens's buyers by stage, the
/// savings lens's contracts by FESC list or service area (codes), and one month's contracts; and
/// the page and order of the savings lens's contracts table.
/// </summary>
public sealed record ShaFilters(FescStage? Stage = null, string? List = null, string? Area = null, DateOnly? Month = null,
    int Page = 1, string? Sort = null);
