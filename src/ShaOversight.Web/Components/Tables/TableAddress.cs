using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using ShaOversight.Core.Tables;

namespace ShaOversight.Web.Components.Tables;

/// <summary>
/// Where a table's page and order sit in its page's address: <c>?page=2&amp;sort=validated-desc</c>
/// for a page's main table, <c>?uptake-buyers-sort=days-in-stage</c> for the others, so two
/// tables on one page keep their own.
/// </summary>
public static class TableAddress
{
    public static TableView ViewFrom(string uri, string prefix)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query);
        var sort = query.TryGetValue(prefix + "sort", out var sorts) ? sorts.ToString() : null;
        var page = query.TryGetValue(prefix + "page", out var pages) && int.TryParse(pages, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : 1;
        return new TableView(Math.Max(1, page), string.IsNullOrEmpty(sort) ? null : sort);
    }

    /// <summary>
    /// The request a table on this address shows, for download links kept apart from the table (under
    /// a chart): its page if it is paged, and its order if the table can use it, as the table drops it.
    /// </summary>
    public static TableRequest Shown<TSource, TRow>(FeatureTable<TSource, TRow> table, TSource source, TableRequest request, string uri)
    {
        var view = ViewFrom(uri, table.AddressPrefix);
        return request with { View = new TableView(table.PageSize is null ? null : view.Page, table.SortProblem(source, view.Sort) is null ? view.Sort : null) };
    }

    /// <summary>The current address with the table's page and order changed and every other parameter kept.</summary>
    public static string With(NavigationManager navigation, string prefix, TableView view) =>
        navigation.ToBaseRelativePath(navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [prefix + "page"] = view.Page > 1 ? view.Page : null,
            [prefix + "sort"] = view.Sort,
        })) is var relative ? "/" + relative : "";
}
