using System.Text.Json;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features;

/// <summary>
/// Pages hand the data loaded for the server render to the live circuit as JSON, so every page
/// result must come back from JSON unchanged, or the page would fail the moment it came alive.
/// </summary>
[Collection(SeededDatabase.Name)]
public sealed class PersistedStateTests(SliceFixture fixture)
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    private static void AssertRoundTrips<T>(T result)
    {
        var json = JsonSerializer.Serialize(result, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Web);
        Assert.Equal(json, JsonSerializer.Serialize(back, JsonSerializerOptions.Web));
    }

    [Fact]
    public async Task Every_page_result_survives_the_trip_from_prerender_to_circuit()
    {
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetEnglandOverview(new FinancialYear(2009), YearEnd)));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetRegionUptake("Q36", YearEnd)));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetRegionSavings("Q36", YearEnd)));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetRegionAssessments("Q36", new FinancialYear(2009))));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetPctDashboard("5AT", new FinancialYear(2009), YearEnd)));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetContract(1, YearEnd)));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, new GetBoardSummary("Q36", "5AT", new FinancialYear(2009), YearEnd)));
        AssertRoundTrips(await fixture.SendAs(SliceFixture.National, GetBoardSummary.England(new FinancialYear(2009), YearEnd)));
    }
}
