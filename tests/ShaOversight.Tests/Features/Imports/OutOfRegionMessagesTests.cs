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
    // 5NT is Manchester PCT, and FESC-0036-0905 a contract, in NHS North West; the analyst is London's.
    private static readonly string[] OtherRegionNames = ["Manchester", "North West"];

    private const string ContractsHeader =
        "Reference,Title,Buyer code,Supplier,FESC list,Service areas,Covers PCTs,Awarded on,Starts on,Term (months),Annual fee (£),Savings target (£),Gain share (%)";

    [Fact]
    public async Task A_buyer_in_another_region_is_refused_by_its_code_alone()
    {
        var file = Csv("stages.csv", "Organisation code,Stage,Date entered,Note", "5AT,Live,02/12/2007,", "5NT,Live,02/12/2007,");

        var problem = await OnlyProblemAsync(ImportKind.StageChanges, file);

        Assert.Equal("row 3, column 'Organisation code': organisation code 5NT is not in your region, so you cannot load its data.", problem);
    }

    [Theory]
    [InlineData("FESC-5AT-090,Support,5AT,BUPA Commissioning,Micro,CP,5AT;5NT,01/03/2010,01/04/2010,24,200000,3000000,20", "5NT is not in the buyer's region")]
    [InlineData("FESC-0036-0905,Support,5C2,BUPA Commissioning,Micro,CP,,01/03/2009,01/04/2009,24,200000,2400000,20", "FESC-0036-0905 is held for a buyer that is not in your region")]
    public async Task A_contract_touching_another_region_is_refused_without_naming_its_bodies(string row, string expected)
    {
        var problem = await OnlyProblemAsync(ImportKind.Contracts, Csv("contracts.csv", ContractsHeader, row));

        Assert.Contains(expected, problem);
        Assert.DoesNotContain(OtherRegionNames, name => problem.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Another_regions_contract_is_refused_without_naming_its_buyer_or_sha()
    {
        var problem = await OnlyProblemAsync(ImportKind.MonthlyReturns, Returns("FESC-0036-0905,06/2009,100,100"));

        Assert.Contains("contract FESC-0036-0905 is not in your region", problem);
        Assert.DoesNotContain(OtherRegionNames, name => problem.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> OnlyProblemAsync(ImportKind kind, UploadedFile file)
    {
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(kind, file));
        return Assert.Single(outcome.Problems).ToString();
    }
}
