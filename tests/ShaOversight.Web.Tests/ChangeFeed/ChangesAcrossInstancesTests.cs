extern alias shao;

using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using shao::ShaOversight.Cli;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Security;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Contracts;
using ShaOversight.Web.Tests.Components;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.ChangeFeed;

/// <summary>
/// Two app instances on one database, and <c>shao</c> beside them: a write on one reaches the
/// other's pages, forms and cached figures through the change feed. The pages on "B" are the
/// real components, rendered over the same database and listening to instance B's notices.
/// </summary>
public sealed class ChangesAcrossInstancesTests : ComponentTest, IClassFixture<TwoInstances>
{
    private static readonly ClaimsPrincipal National = CoreDatabase.Principal("00000000-0000-0000-0000-00000000d0e1", "Test National", Role.National);
    private static readonly GetEnglandOverview AtYearEnd = new(new FinancialYear(2009), new DateOnly(2010, 3, 31));

    private readonly TwoInstances _instances;

    public ChangesAcrossInstancesTests(TwoInstances instances)
    {
        _instances = instances;
        CoreDatabase.AddTo(Context.Services, instances.ConnectionString);
        Context.Services.AddSingleton(instances.B.Services.GetRequiredService<DataChanges>());
    }

    [Fact]
    public async Task A_return_saved_on_one_instance_refreshes_the_other_instances_page_and_warns_its_open_form()
    {
        var (contractId, month) = await LondonReturnAsync(skip: 0);
        var london = await _instances.ScalarAsync<int>("SELECT Id FROM Organisations WHERE Code = 'Q36'");
        var form = Context.Render<MonthlyReturnEditPage>(p => p.Add(x => x.Id, contractId).Add(x => x.Month, month));
        form.WaitForElement("form");
        var page = Context.Render<LiveRefresh>(p => p.Add(x => x.RegionId, london).Add(x => x.OnRefresh, () => { }));

        await SaveOnAAsync(contractId, month, 6_000m);

        page.WaitForAssertion(() => Assert.Matches(@"^Figures updated at \d\d:\d\d after a change by Test Administrator \(return .+\)\.$",
            page.Find("[role=status]").TextContent), TwoInstances.Patience);
        form.WaitForAssertion(() => Assert.Contains("This return was changed by Test Administrator", form.Markup), TwoInstances.Patience);

        // The version check holds across instances too: the analyst on B is shown A's values, not allowed to overwrite them.
        form.FindAll("input")[0].Change("9000");
        form.FindAll("input")[1].Change("");
        await form.Find("form").SubmitAsync();
        form.WaitForAssertion(() => Assert.Contains("Someone else saved this first", form.Markup), TwoInstances.Patience);
    }

    [Fact]
    public async Task A_shao_import_reaches_both_instances_and_neither_hears_it_twice()
    {
        var file = Path.Combine(Path.GetTempPath(), $"shao-two-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["Contract reference,Month,Claimed (£),Validated (£)", "FESC-5AT-001,06/2010,1000.00,900.00"]);
        var onA = HeardAllAsync(_instances.A);
        var onB = HeardAllAsync(_instances.B);
        var heardOnA = TwoInstances.NextChangeAsync(_instances.A, c => c.ChangedBy == "nightly-load (shao operator)");
        var heardOnB = TwoInstances.NextChangeAsync(_instances.B, c => c.ChangedBy == "nightly-load (shao operator)");

        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = await CliApplication.RunAsync(["import", "monthly-returns", file, "--operator", "nightly-load", "--database", _instances.DatabaseFile], output, error);
        File.Delete(file);

        Assert.True(exitCode == 0, error.ToString());
        var london = await _instances.ScalarAsync<int>("SELECT Id FROM Organisations WHERE Code = 'Q36'");
        Assert.True((await heardOnA).Touches(london));
        Assert.Equal("Monthly savings returns", (await heardOnB).What);
        // A later write from A: once B has heard it, B has read past the import, so a second copy would have come first.
        var (contractId, month) = await LondonReturnAsync(skip: 2);
        var laterOnB = TwoInstances.NextChangeAsync(_instances.B, c => c.ChangedBy == "Test Administrator");
        await SaveOnAAsync(contractId, month, 1_234m);
        await laterOnB;
        Assert.Single(onA, c => c.ChangedBy == "nightly-load (shao operator)");
        Assert.Single(onB, c => c.ChangedBy == "nightly-load (shao operator)");
        Assert.Single(onA, c => c.ChangedBy == "Test Administrator");
    }

    [Fact]
    public async Task England_cached_on_one_instance_is_read_afresh_after_a_write_on_the_other()
    {
        var before = (await EnglandOnBAsync()).England;
        // Behind the app's back, as no write through the app would be: the cached figures do not see it.
        var ended = await _instances.ScalarAsync<int>("""
            SELECT Id FROM Contracts WHERE AwardedOn <= '2010-03-31' AND StartsOn <= '2010-03-31' AND EndsOn >= '2010-03-31' ORDER BY Id DESC LIMIT 1
            """);
        await _instances.ScalarAsync<long>($"UPDATE Contracts SET EndsOn = '2010-01-31' WHERE Id = {ended}; SELECT changes()");
        Assert.Equal(before, (await EnglandOnBAsync()).England);

        var (contractId, month) = await LondonReturnAsync(skip: 1);
        var heardOnB = TwoInstances.NextChangeAsync(_instances.B, c => c.ChangedBy == "Test Administrator");
        var validatedBefore = await _instances.ScalarAsync<decimal>(
            $"SELECT COALESCE(Validated, 0) FROM MonthlyReturns WHERE ContractId = {contractId} AND Month = '{month}-01'");
        await SaveOnAAsync(contractId, month, validatedBefore + 1_000m);
        await heardOnB;

        var after = (await EnglandOnBAsync()).England;
        Assert.Equal(before.ContractsLive - 1, after.ContractsLive);
        Assert.Equal(before.ValidatedSavings + 1_000m, after.ValidatedSavings);
    }

    [Fact]
    public async Task Englands_board_summary_cached_on_one_instance_is_read_afresh_after_a_write_on_the_other()
    {
        var before = await SavingsOnBAsync();
        var (behindTheBack, behindMonth) = await LondonReturnAsync(skip: 3);
        // Behind the app's back, as no write through the app would be: the kept savings do not see it.
        await _instances.ScalarAsync<long>(
            $"UPDATE MonthlyReturns SET Validated = COALESCE(Validated, 0) + 500 WHERE ContractId = {behindTheBack} AND Month = '{behindMonth}-01'; SELECT changes()");
        Assert.Equal(before, await SavingsOnBAsync());

        var (contractId, month) = await LondonReturnAsync(skip: 4);
        var heardOnB = TwoInstances.NextChangeAsync(_instances.B, c => c.ChangedBy == "Test Administrator");
        var validatedBefore = await _instances.ScalarAsync<decimal>(
            $"SELECT COALESCE(Validated, 0) FROM MonthlyReturns WHERE ContractId = {contractId} AND Month = '{month}-01'");
        await SaveOnAAsync(contractId, month, validatedBefore + 1_000m);
        await heardOnB;

        var after = await SavingsOnBAsync();
        Assert.NotEqual(before, after);
        Assert.Equal((await EnglandOnBAsync()).England.Achievement, after[1]);
    }

    /// <summary>The England board summary's savings figures, as instance B serves them.</summary>
    private async Task<List<decimal?>> SavingsOnBAsync()
    {
        var summary = await TwoInstances.SendAsync(_instances.B, National, sender => sender.Send(GetBoardSummary.England(AtYearEnd.Year, AtYearEnd.AsAt)));
        return [.. summary.Tile(BoardLens.Savings).Figures.Select(f => f.Now.Latest)];
    }

    private Task<EnglandOverview> EnglandOnBAsync() => TwoInstances.SendAsync(_instances.B, National, sender => sender.Send(AtYearEnd));

    private Task SaveOnAAsync(int contractId, string month, decimal validated) =>
        TwoInstances.SendAsync(_instances.A, CoreDatabase.Administrator, async sender =>
        {
            var stored = await sender.Send(new GetMonthlyReturnForEdit(contractId, DateOnly.ParseExact(month, "yyyy-MM")));
            var outcome = await sender.Send(new RecordMonthlyReturn(contractId, stored.Month, Math.Max(stored.Claimed ?? 0, validated), validated, stored.Version));
            Assert.True(outcome.Saved);
            return outcome;
        });

    /// <summary>Everything an instance's pages hear from now on.</summary>
    private static List<DataChange> HeardAllAsync(AppFactory instance)
    {
        var heard = new List<DataChange>();
        instance.Services.GetRequiredService<DataChanges>().Committed += change => { lock (heard) heard.Add(change); };
        return heard;
    }

    /// <summary>A London return on or before the overview's date, by position so each test has its own.</summary>
    private async Task<(int ContractId, string Month)> LondonReturnAsync(int skip)
    {
        var row = await _instances.ScalarAsync<string>($"""
            SELECT r.ContractId || ' ' || substr(r.Month, 1, 7) FROM MonthlyReturns r JOIN Contracts c ON c.Id = r.ContractId
            JOIN Organisations b ON b.Id = c.BuyerId JOIN Organisations s ON s.Id = b.ParentId
            WHERE s.Code = 'Q36' AND r.Month <= '2010-03-01' GROUP BY r.ContractId ORDER BY r.ContractId LIMIT 1 OFFSET {skip}
            """);
        var parts = row.Split(' ');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }
}
