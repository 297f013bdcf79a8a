using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ShaOversight.Core.Application;
using ShaOversight.Core.Features.Exports;

namespace ShaOversight.Core.Tables;

/// <summary>What a table's query needs from the application: the mediator (so the same access rules and audit apply) and the settings.</summary>
public sealed record TableServices(ISender Sender, DashboardSettings Settings);

/// <summary>A table as a file: its rows, and the name of whose table it is (for the file's name).</summary>
public sealed record ExportedTable(string SubjectName, TableExport Table);

/// <summary>A table that downloads, as the catalogue, the download endpoint and <c>shao export</c> see it.</summary>
public interface IFeatureTable
{
    /// <summary>Its name in addresses and on the command line: <c>savings-contracts</c>.</summary>
    string Key { get; }

    TableSubject Subject { get; }

    string Description { get; }

    /// <summary>Sends the page's own query for the request and writes the rows the page would show.</summary>
    ValueTask<ExportedTable> ExportAsync(TableServices services, TableRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// One table of a feature, defined once. <typeparamref name="TSource"/> is the query result the page
/// already holds (a region's savings); <typeparamref name="TRow"/> is one row of it. The page draws
/// <see cref="Show"/>, and a download writes <see cref="Export"/> of the same source and request,
/// so a file always holds the rows, columns, filters, page and order on screen.
/// </summary>
public abstract class FeatureTable<TSource, TRow> : IFeatureTable
{
    public abstract string Key { get; }

    public abstract TableSubject Subject { get; }

    public abstract string Description { get; }

    /// <summary>Rows a page holds, or null to show every row. Paged tables keep their page in the address.</summary>
    public virtual int? PageSize => null;

    /// <summary>
    /// Before <c>page</c> and <c>sort</c> in the page's address. Each table has its own by default, so
    /// two tables on one page keep their own order; a page's main table may use none.
    /// </summary>
    public virtual string AddressPrefix => Key + "-";

    public abstract TableColumns<TRow> ColumnsFor(TSource source);

    /// <summary>The table's title, as the file's sheet and heading give it: "NHS London contract savings".</summary>
    public abstract string TitleOf(TSource source);

    /// <summary>Whose table it is, for the file's name: "NHS London", "contract-LON-001".</summary>
    public abstract string SubjectNameOf(TSource source);

    /// <summary>Every row, after the filters (those the query has not already applied), in the feature's own order.</summary>
    protected abstract IEnumerable<TRow> RowsOf(TSource source, TableFilters filters);

    /// <summary>The query the page sends for this request.</summary>
    public abstract ValueTask<TSource> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken);

    /// <summary>The rows on screen: filtered, in the order asked for, and cut to the page asked for.</summary>
    public virtual TablePage<TRow> Show(TSource source, TableRequest request)
    {
        var sort = request.View.Sort;
        var rows = TableSort.Apply(RowsOf(source, request.Filters), ColumnsFor(source), sort).ToList();
        if (PageSize is not { } size || request.View.Page is not { } wanted) return TablePage<TRow>.Whole(rows, sort);
        var pageCount = Math.Max(1, (rows.Count + size - 1) / size);
        // A page past the end (the list shrank since the link was made) shows the last page.
        var page = Math.Clamp(wanted, 1, pageCount);
        return new TablePage<TRow>([.. rows.Skip((page - 1) * size).Take(size)], rows.Count, page, pageCount, sort);
    }

    /// <summary>Why a sort cannot be used, in plain English; null when it can.</summary>
    public string? SortProblem(TSource source, string? sort) => TableSort.IsKnown(ColumnsFor(source), sort)
        ? null
        : $"'{sort}' is not a column to sort this table by. Choose one of: {TableSort.Choices(ColumnsFor(source))}.";

    public TableExport Export(TSource source, TableRequest request) => ColumnsFor(source).Export(TitleOf(source), Show(source, request).Rows);

    public async ValueTask<ExportedTable> ExportAsync(TableServices services, TableRequest request, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(services, request, cancellationToken);
        if (SortProblem(source, request.View.Sort) is { } problem) throw new ValidationException([new ValidationFailure("sort", problem)]);
        return new ExportedTable(SubjectNameOf(source), Export(source, request));
    }
}
