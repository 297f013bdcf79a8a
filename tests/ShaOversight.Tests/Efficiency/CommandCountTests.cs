using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Efficiency;

/// <summary>
/// Each page's queries send a fixed number of SQL commands, however many PCTs and contracts
/// there are: the same queries run against England and against twice England must send the same count.
/// </summary>
public sealed class CommandCountTests
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);
    private static readonly FinancialYear Year = new(2009);

    public static TheoryData<string> Queries => new() { "england", "uptake", "savings", "assessments", "pct", "contract" };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Commands_per_page_do_not_grow_with_the_number_of_pcts(string query)
    {
        var atNationalScale = await CountCommandsAsync(scale: 1, query);
        var atDoubleScale = await CountCommandsAsync(scale: 2, query);

        Assert.True(atNationalScale > 0);
        Assert.Equal(atNationalScale, atDoubleScale);
    }

    private static async Task<int> CountCommandsAsync(int scale, string query)
    {
        using var database = new TestDatabase();
        await using var provider = await SeededServices.StartAsync(database, scale, SliceFixture.National);

        await using var scope = provider.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        using var log = SqlStatementLog.Start(database.FilePath);
        if (query == "contract") await sender.Send(new GetContract(1, YearEnd));
        else await SendAsync(sender, query);
        return log.Statements.Count;
    }

    private static async Task SendAsync(ISender sender, string query)
    {
        switch (query)
        {
            case "england": await sender.Send(new GetEnglandOverview(Year, YearEnd)); break;
            case "uptake": await sender.Send(new GetRegionUptake("Q36", YearEnd)); break;
            case "savings": await sender.Send(new GetRegionSavings("Q36", YearEnd)); break;
            case "assessments": await sender.Send(new GetRegionAssessments("Q36", Year)); break;
            case "pct": await sender.Send(new GetPctDashboard("5AT", Year, YearEnd)); break;
        }
    }
}
