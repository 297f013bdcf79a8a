using ShaOversight.Core.Features.Imports;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Features.Imports.ImportFiles;

namespace ShaOversight.Tests.Features.Imports;

/// <summary>
/// A refused row repeats only what the analyst typed: never the name of another region's
/// organisation or its SHA, so a file of guessed codes cannot map another region's buyers.
/// </summary>
public sealed class OutOfRegionMessagesTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    // 5NT is Manchester PCT, in NHS North West; the analyst is London's.
    private static readonly string[] OtherRegionNames = ["Manchester", "North West"];

    [Fact]
    public async Task A_buyer_in_another_region_is_refused_by_its_code_alone()
    {
        var file = Csv("stages.csv", "Organisation code,Stage,Date entered,Note", "5AT,Live,02/12/2007,", "5NT,Live,02/12/2007,");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.StageChanges, file));

        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Equal("row 3, column 'Organisation code': organisation code 5NT is not in your region, so you cannot load its data.", problem);
    }

    [Fact]
    public async Task A_covered_pct_in_another_region_is_refused_by_its_code_alone()
    {
        var file = Csv("contracts.csv",
            "Reference,Title,Buyer code,Supplier,FESC list,Service areas,Covers PCTs,Awarded on,Starts on,Term (months),Annual fee (£),Savings target (£),Gain share (%)",
            "FESC-5AT-090,Demand management support,5AT,BUPA Commissioning,Micro,CP,5AT;5NT,01/03/2010,01/04/2010,24,200000,3000000,20");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.Contracts, file));

        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Contains("5NT is not in the buyer's region", problem);
        Assert.DoesNotContain(OtherRegionNames, name => problem.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_regions_contract_is_refused_without_naming_its_buyer_or_sha()
    {
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.MonthlyReturns, Returns("FESC-0036-0905,06/2009,100,100")));

        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Contains("contract FESC-0036-0905 is not in your region", problem);
        Assert.DoesNotContain(OtherRegionNames, name => problem.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_regions_held_contract_is_refused_without_naming_its_buyer_or_sha()
    {
        var file = Csv("contracts.csv",
            "Reference,Title,Buyer code,Supplier,FESC list,Service areas,Covers PCTs,Awarded on,Starts on,Term (months),Annual fee (£),Savings target (£),Gain share (%)",
            "FESC-0036-0905,Support,5C2,BUPA Commissioning,Micro,CP,,01/03/2009,01/04/2009,24,200000,2400000,20");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.Contracts, file));

        var problem = Assert.Single(outcome.Problems).ToString();
        Assert.Contains("FESC-0036-0905 is held for a buyer that is not in your region", problem);
        Assert.DoesNotContain(OtherRegionNames, name => problem.Contains(name, StringComparison.OrdinalIgnoreCase));
    }
}
