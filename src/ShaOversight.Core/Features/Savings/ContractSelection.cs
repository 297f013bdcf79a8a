using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data;
using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Features.Savings;

/// <summary>Which contracts a savings table lists: all, or those on one FESC list and/or in one service area (by name, for headings).</summary>
public sealed record ContractSelection(string? ListCode, string? ListName, string? ServiceAreaCode, string? ServiceAreaName)
{
    public static readonly ContractSelection All = new(null, null, null, null);

    public bool IsFiltered => ListCode is not null || ServiceAreaCode is not null;
}

/// <summary>
/// Narrows a set of contracts to a list and a service area given by code, as a drill from a bar
/// does. It only ever narrows a set the handler has already scoped to the user, so a filter can
/// never show a contract the user could not see without it.
/// </summary>
internal static class ContractFilter
{
    /// <exception cref="ValidationException">A code names no list or service area; the message lists the codes there are.</exception>
    public static async Task<ContractSelection> ResolveAsync(AppDbContext db, string? listCode, string? areaCode, CancellationToken ct)
    {
        var list = string.IsNullOrWhiteSpace(listCode) ? null
            : Match(await db.FescLists.AsNoTracking().OrderBy(l => l.Id).Select(l => new CodeAndName(l.Code, l.Name)).ToListAsync(ct),
                listCode, "list", "a FESC supplier list");
        var area = string.IsNullOrWhiteSpace(areaCode) ? null
            : Match(await db.ServiceAreas.AsNoTracking().OrderBy(a => a.Id).Select(a => new CodeAndName(a.Code, a.Name)).ToListAsync(ct),
                areaCode, "area", "a FESC service area");
        return new ContractSelection(list?.Code, list?.Name, area?.Code, area?.Name);
    }

    public static IQueryable<Contract> Apply(IQueryable<Contract> contracts, ContractSelection selection)
    {
        if (selection.ListCode is { } list) contracts = contracts.Where(c => c.FescList.Code == list);
        if (selection.ServiceAreaCode is { } area) contracts = contracts.Where(c => c.ServiceAreas.Any(a => a.ServiceArea.Code == area));
        return contracts;
    }

    private sealed record CodeAndName(string Code, string Name);

    // Codes are matched without regard to case, so a hand-typed ?list=micro works as well as a link's ?list=MICRO.
    private static CodeAndName Match(List<CodeAndName> known, string code, string parameter, string what) =>
        known.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ValidationException([new ValidationFailure(parameter,
            $"'{code}' is not {what}. Choose one of: {string.Join(", ", known.Select(k => $"{k.Code} ({k.Name})"))}.")]);
}
