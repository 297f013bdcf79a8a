using ShaOversight.Core.Features.Contracts;
using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Features.Contracts;

/// <summary>England › SHA › PCT › contract. The PCT is the buyer, or the PCT the user came from when an SHA or agency bought for several.</summary>
public static class ContractTrail
{
    public static IReadOnlyList<(string, string)> For(ContractDetail? contract, ReportingPeriod period, string? viaPct)
    {
        if (contract is null) return [("England", PageLinks.England(period)), ("Contract", "")];
        var trail = new List<(string, string)>
        {
            ("England", PageLinks.England(period)),
            (contract.Region.Name, PageLinks.Sha(contract.Region.Code, period, "savings")),
        };
        var pct = contract.Serves.FirstOrDefault(p => p.Code == viaPct)
            ?? (contract.Serves.Count == 1 ? contract.Serves[0] : null);
        if (pct is not null) trail.Add((pct.Name, PageLinks.Pct(pct.Code, period)));
        trail.Add((contract.Reference, ""));
        return trail;
    }
}
