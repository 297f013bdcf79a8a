namespace ShaOversight.Core.Features.Savings;

/// <summary>
/// One page of a contracts table in one order, as the savings lens asks for it from its address
/// (<c>?page=2&amp;sort=validated-desc</c>). A region can let hundreds of contracts; a page of them
/// is what a browser tab holds, so the rest are never rendered or kept in a circuit.
/// </summary>
public sealed record ContractPageRequest(int Number = 1, string? Sort = null)
{
    public const int Size = 25;

    /// <summary>The columns a contracts table sorts by; a key ending in <c>-desc</c> sorts high to low.</summary>
    public static readonly IReadOnlyList<string> SortKeys =
        ["contract", "buyer", "supplier", "validated", "target", "achieved", "forecast", "return"];

    public static bool IsKnownSort(string? sort) =>
        sort is null || SortKeys.Contains(sort.EndsWith(DescendingSuffix, StringComparison.Ordinal) ? sort[..^DescendingSuffix.Length] : sort);

    public const string DescendingSuffix = "-desc";
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
        var ordered = Order(rows, request.Sort);
        var listing = new ContractListing(rows.Count, 1, ContractPageRequest.Size, request.Sort);
        // A page past the end (the list shrank since the link was made) shows the last page.
        var page = Math.Clamp(request.Number, 1, listing.PageCount);
        return ([.. ordered.Skip((page - 1) * ContractPageRequest.Size).Take(ContractPageRequest.Size)], listing with { Page = page });
    }

    // Nulls sort below every value, as the table's own sorting always did; ties keep the reference order.
    private static IEnumerable<ContractSavingsRow> Order(List<ContractSavingsRow> rows, string? sort)
    {
        if (sort is null) return rows;
        var descending = sort.EndsWith(ContractPageRequest.DescendingSuffix, StringComparison.Ordinal);
        Func<ContractSavingsRow, IComparable> key = (descending ? sort[..^ContractPageRequest.DescendingSuffix.Length] : sort) switch
        {
            "contract" => r => r.Reference,
            "buyer" => r => r.BuyerName,
            "supplier" => r => r.Supplier,
            "validated" => r => r.Measures.ValidatedToDate,
            "target" => r => r.Measures.TargetToDate,
            "achieved" => r => r.Measures.Achievement ?? -1,
            "forecast" => r => r.Measures.ForecastOutturn ?? -1,
            "return" => r => r.Measures.ReturnOnFees ?? -1,
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "not a contracts table column"),
        };
        var sorted = descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return sorted.ThenBy(r => r.Reference, StringComparer.Ordinal);
    }
}
