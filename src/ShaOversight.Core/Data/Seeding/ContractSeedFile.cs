using ShaOversight.Core.Domain;

namespace ShaOversight.Core.Data.Seeding;

/// <summary>Reads <c>contracts.csv</c>: contracts reported in the seed articles.</summary>
internal static class ContractSeedFile
{
    public static List<Contract> Read(string directory, Lookups lookups)
    {
        var contracts = new List<Contract>();
        var file = new SeedFile(directory, "contracts.csv",
            "reference", "title", "buyer_code", "supplier", "list", "service_areas", "covers", "awarded_on",
            "starts_on", "term_months", "annual_fee", "savings_target", "gain_share_percent", "source");
        foreach (var row in file.Rows())
        {
            var startsOn = row.Date("starts_on");
            var termMonths = row.Int("term_months");
            if (termMonths is < 1 or > 120) throw row.Error("term_months", "a term is between 1 and 120 months.");
            var contract = new Contract
            {
                Reference = row.Required("reference"),
                Title = row.Required("title"),
                Buyer = lookups.Organisation(row, "buyer_code"),
                Supplier = lookups.Supplier(row, "supplier"),
                FescList = lookups.List(row, "list"),
                AwardedOn = row.Date("awarded_on"),
                StartsOn = startsOn,
                EndsOn = startsOn.AddMonths(termMonths).AddDays(-1),
                AnnualFee = row.Decimal("annual_fee"),
                SavingsTarget = row.Decimal("savings_target"),
                GainSharePercent = row.Decimal("gain_share_percent"),
                Source = row.Required("source"),
            };
            foreach (var code in row.List("service_areas"))
                contract.ServiceAreas.Add(new ContractServiceArea { ServiceArea = lookups.Area(row, "service_areas", code) });
            foreach (var code in row.List("covers"))
            {
                if (!lookups.Organisations.TryGetValue(code, out var pct) || !pct.IsCommissioner)
                    throw row.Error("covers", $"'{code}' is not a PCT or care trust code.");
                contract.Coverage.Add(new ContractCoverage { Pct = pct });
            }
            foreach (var (month, target) in SavingsPhasing.Phase(contract.SavingsTarget, startsOn, termMonths))
                contract.TargetPhases.Add(new SavingsTargetPhase { Month = month, Target = target });
            contracts.Add(contract);
        }
        return contracts;
    }
}
