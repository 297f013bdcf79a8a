using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Tables;

/// <summary>
/// Which page of a table is shown and in what order, as its address says. No page (<c>shao export</c>
/// without <c>--page</c>) means every row, in that order.
/// </summary>
public sealed record TableView(int? Page = null, string? Sort = null)
{
    public static readonly TableView Default = new();
}

/// <summary>
/// The drill filters a page carries in its address and its tables honour: buyers by FESC stage
/// (a slug such as <c>contract-awarded</c>), contracts by FESC list or service area (codes).
/// </summary>
public sealed record TableFilters(string? Stage = null, string? List = null, string? Area = null)
{
    public static readonly TableFilters None = new();
}

/// <summary>
/// Everything that decides a table's rows: whose table, for which period, filtered how, and which
/// page in which order. A page builds one from its address; a download link carries it whole, so
/// the file holds exactly the rows on screen.
/// </summary>
public sealed record TableRequest(
    FinancialYear Year, DateOnly AsAt, string? Sha = null, string? Pct = null, int? Contract = null, int? Pilot = null)
{
    public TableFilters Filters { get; init; } = TableFilters.None;
    public TableView View { get; init; } = TableView.Default;
}

/// <summary>The rows on screen, and where they sit in the whole list.</summary>
public sealed record TablePage<TRow>(IReadOnlyList<TRow> Rows, int Count, int Page, int PageCount, string? Sort)
{
    public static TablePage<TRow> Whole(IReadOnlyList<TRow> rows, string? sort = null) => new(rows, rows.Count, 1, 1, sort);
}
