using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// One page of a contracts table in one order, as the savings lens asks for it from its address
/// (<c>?page=2&amp;sort=validated-desc</c>). A region can let hundreds of contracts; a page of them
/// is what a browser tab holds, so the rest are never rendered or kept in a circuit. With no page
/// number (a download of the whole list, the board pack), every contract comes back in that order.
/// </summary>
public sealed record ContractPageRequest(int? Number = 1, string? Sort = null)
{
    public const int Size = 25;
}

/// <summary>Where the listed page sits: how many contracts are listed in all, and which page and order are shown.</summary>
public sealed record ContractListing(int Count, int Page, int PageSize, string? Sort)
{
    public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);
}

internal static class ContractPaging
{
    /// <summary>Sorts and cuts the listed rows; with no request, every row in the order read (buyer, then reference).</summary>
    public static (List<ContractSavingsRow> Rows, ContractListing Listing) Apply(List<ContractSavingsRow> rows, ContractPageRequest? request)
    {
        if (request is null) return (rows, new ContractListing(rows.Count, 1, Math.Max(1, rows.Count), null));
        // Ties keep the reference order: the sort is stable, and the rows go in by reference.
        var ordered = request.Sort is null
            ? rows
            : TableSort.Apply(rows.OrderBy(r => r.Reference, StringComparer.Ordinal), ContractSavingsColumns.All, request.Sort).ToList();
        if (request.Number is not { } number) return (ordered, new ContractListing(rows.Count, 1, Math.Max(1, rows.Count), request.Sort));
        return Cut(ordered, number, request.Sort);
    }

    /// <summary>One page of contracts already in the order asked for (a contracts table's, the SPC matrix's).</summary>
    public static (List<TRow> Rows, ContractListing Listing) Cut<TRow>(List<TRow> ordered, int number, string? sort)
    {
        var listing = new ContractListing(ordered.Count, 1, ContractPageRequest.Size, sort);
        // A page past the end (the list shrank since the link was made) shows the last page.
        var page = Math.Clamp(number, 1, listing.PageCount);
        return ([.. ordered.Skip((page - 1) * ContractPageRequest.Size).Take(ContractPageRequest.Size)], listing with { Page = page });
    }
}
