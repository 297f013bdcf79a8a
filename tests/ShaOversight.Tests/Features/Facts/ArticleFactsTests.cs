using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Facts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Facts;

/// <summary>The article facts each page asks for, with their sources, and the pilot and its contract linked both ways.</summary>
[Collection(SeededDatabase.Name)]
public sealed class ArticleFactsTests(SliceFixture fixture)
{
    private const string Survey = "HSJ Commissioning supplement editorial on FESC and the HSJ survey (seeds/000)";
    private const string EarlyAdopters = "HSJ, Helen Mooney: the early adopters of FESC (seeds/001)";

    [Fact]
    public async Task England_and_the_pilots_view_get_every_hsj_survey_figure_with_its_source()
    {
        var facts = (await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetArticleFacts(GetArticleFacts.National))).Facts;

        var survey = facts.Where(f => f.Topic == "Survey").ToList();
        Assert.Contains(survey, f => f.Value == 93 && f.Unit == "respondents");
        Assert.Contains(survey, f => f.Value == 74 && f.Unit == "PCTs");
        Assert.Contains(survey, f => f.Value == 80 && f.Statement.Contains("four in five", StringComparison.Ordinal));
        Assert.Contains(survey, f => f.Value is null && f.Statement.Contains("nearly half", StringComparison.Ordinal) && f.Statement.Contains("'a little'", StringComparison.Ordinal));
        Assert.Contains(survey, f => f.Value == 61 && f.Statement.Contains("performance managed", StringComparison.Ordinal));
        Assert.All(survey, f => Assert.Equal(Survey, f.Source));
        Assert.Equal("Survey", facts[0].Topic);
    }

    [Fact]
    public async Task The_west_midlands_agency_has_its_17_pcts_3_million_a_year_and_43_staff()
    {
        var facts = (await fixture.SendAs(SliceFixture.National, new GetArticleFacts(["West Midlands Commissioning Business Support Agency"]))).Facts;

        Assert.Equal([(17m, "PCTs"), (3_000_000m, "GBP a year"), (43m, "staff")],
            facts.Where(f => f.Unit is "PCTs" or "GBP a year" or "staff" && f.Value != 20).Select(f => (f.Value!.Value, f.Unit!)));
        Assert.All(facts, f => Assert.Equal(EarlyAdopters, f.Source));
    }

    [Fact]
    public async Task Hillingdon_pays_350_thousand_a_year_against_11_million_hoped_for()
    {
        var facts = (await fixture.SendAs(SliceFixture.National, new GetArticleFacts(["Hillingdon PCT"]))).Facts;

        Assert.Contains(facts, f => f.Value == 350_000m && f.Unit == "GBP a year" && f.Statement.Contains("three years", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Value == 11_000_000m && f.Statement.Contains("hoped for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hillingdons_pilot_and_its_bupa_contract_link_to_each_other()
    {
        var contractId = await fixture.QueryAsync(db => db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync());
        var pilotId = await fixture.QueryAsync(db => db.Pilots.Where(p => p.Organisation.Code == "5AT").Select(p => p.Id).SingleAsync());

        var pilot = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetPilot(pilotId));
        var contract = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetContract(contractId, new DateOnly(2010, 3, 31)));

        Assert.Contains(pilot.Contracts, c => c.Id == contractId && c.Reference == "FESC-5AT-001" && c.Supplier == "BUPA Commissioning");
        Assert.Equal(pilotId, contract.PilotId);
    }

    [Fact]
    public async Task A_pilot_page_lists_no_contract_its_reader_could_not_open()
    {
        var pilotId = await fixture.QueryAsync(db => db.Pilots.Where(p => p.Organisation.Code == "WMCBSA").Select(p => p.Id).SingleAsync());

        var forHillingdon = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetPilot(pilotId));
        var forNational = await fixture.SendAs(SliceFixture.National, new GetPilot(pilotId));

        Assert.Empty(forHillingdon.Contracts);
        Assert.Contains(forNational.Contracts, c => c.Reference == "FESC-WMCBSA-001");
    }
}
