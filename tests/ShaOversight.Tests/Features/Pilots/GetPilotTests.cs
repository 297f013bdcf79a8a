using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Pilots;

[Collection(SeededDatabase.Name)]
public sealed class GetPilotTests(SliceFixture fixture)
{
    private const string EarlyAdopters = "HSJ, Helen Mooney: the early adopters of FESC (seeds/001)";

    private Task<int> PilotIdAsync(string organisationCode) =>
        fixture.QueryAsync(db => db.Pilots.Where(p => p.Organisation.Code == organisationCode).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task Hillingdon_comes_with_its_aim_lessons_and_their_sources_from_the_articles()
    {
        var pilot = await fixture.SendAs(SliceFixture.National, new GetPilot(await PilotIdAsync("5AT")));

        Assert.Equal("Hillingdon PCT", pilot.Name);
        Assert.Equal(("5AT", "Q36", "NHS London"), (pilot.OrganisationCode, pilot.ShaCode, pilot.ShaName));
        Assert.StartsWith("BUPA Commissioning to interrogate and validate", pilot.Aim);
        Assert.Equal(EarlyAdopters, pilot.AimSource);
        Assert.Equal(3, pilot.Lessons.Count);
        Assert.Contains(pilot.Lessons, l => l.Text.Contains("'low diving board'", StringComparison.Ordinal));
        Assert.All(pilot.Lessons, l => Assert.Equal(EarlyAdopters, l.Source));
        Assert.False(string.IsNullOrWhiteSpace(pilot.RagReason));
    }

    [Fact]
    public async Task Milestones_run_in_planned_order_and_commentary_newest_first_as_stored()
    {
        var id = await PilotIdAsync("TAN");
        var pilot = await fixture.SendAs(SliceFixture.National, new GetPilot(id));

        var stored = await fixture.QueryAsync(db => db.Pilots.AsNoTracking().Include(p => p.Milestones).Include(p => p.Commentary)
            .SingleAsync(p => p.Id == id));
        Assert.Equal(stored.Milestones.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id).Select(m => (m.Title, m.PlannedOn, m.ActualOn, m.Status)),
            pilot.Milestones.Select(m => (m.Title, m.PlannedOn, m.ActualOn, m.Status)));
        Assert.Equal(stored.Commentary.Count, pilot.Commentary.Count);
        Assert.True(pilot.Commentary.Count >= 2);
        Assert.Equal(pilot.Commentary.OrderByDescending(c => c.WrittenOn).Select(c => c.WrittenOn), pilot.Commentary.Select(c => c.WrittenOn));
    }

    [Fact]
    public async Task Days_late_count_to_the_actual_date_once_met_and_to_the_status_date_while_open()
    {
        var pilot = await fixture.SendAs(SliceFixture.National, new GetPilot(await PilotIdAsync("5AT")));

        foreach (var milestone in pilot.Milestones)
        {
            var planned = milestone.PlannedOn.ToDateTime(TimeOnly.MinValue);
            int? expected = milestone.ActualOn is { } actual ? (int)(actual.ToDateTime(TimeOnly.MinValue) - planned).TotalDays
                : milestone.PlannedOn < pilot.RagSetOn ? (int)(pilot.RagSetOn.ToDateTime(TimeOnly.MinValue) - planned).TotalDays
                : null;
            Assert.Equal(expected, milestone.DaysLate);
        }
        Assert.Contains(pilot.Milestones, m => m.Status == MilestoneStatus.Complete && m.DaysLate < 0);
        Assert.Contains(pilot.Milestones, m => m.ActualOn is null && m.DaysLate > 0);
    }

    [Theory]
    [InlineData("2008-01-01", "2008-01-15", "2010-03-31", 14)]
    [InlineData("2008-01-01", "2007-12-28", "2010-03-31", -4)]
    [InlineData("2010-03-01", null, "2010-03-31", 30)]
    [InlineData("2010-03-31", null, "2010-03-31", null)]
    [InlineData("2010-06-01", null, "2010-03-31", null)]
    public void Days_late_are_worked_out_plainly(string planned, string? actual, string asAt, int? expected)
    {
        var daysLate = GetPilotHandler.DaysLate(DateOnly.Parse(planned), actual is null ? null : DateOnly.Parse(actual), DateOnly.Parse(asAt));
        Assert.Equal(expected, daysLate);
    }

    [Fact]
    public async Task An_unknown_pilot_is_not_found()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.National, new GetPilot(99999)));
        Assert.Equal("Pilot 99999", error.Target);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task A_pilot_number_below_one_names_no_pilot_like_any_other_unknown_number(int id)
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => fixture.SendAs(SliceFixture.National, new GetPilot(id)));
        Assert.Equal($"Pilot {id}", error.Target);
    }

    [Theory]
    [InlineData("pct", "WMCBSA")]
    [InlineData("pct", "5AT")]
    [InlineData("sha", "5PP")]
    [InlineData("analyst", "5HG")]
    public async Task Pct_and_sha_users_may_read_pilots_outside_their_own_area(string who, string organisationCode)
    {
        var pilot = await fixture.SendAs(SliceFixture.ByName(who), new GetPilot(await PilotIdAsync(organisationCode)));

        Assert.Equal(organisationCode, pilot.OrganisationCode);
        Assert.NotEmpty(pilot.Milestones);
    }

    [Fact]
    public async Task A_user_with_no_role_is_refused()
    {
        var id = await PilotIdAsync("5AT");
        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.NoRole, new GetPilot(id)));
        Assert.Contains("no role", error.Reason);
    }
}
