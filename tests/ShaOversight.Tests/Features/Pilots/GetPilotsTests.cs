using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Pilots;

[Collection(SeededDatabase.Name)]
public sealed class GetPilotsTests(SliceFixture fixture)
{
    private static readonly string[] SevenPilots =
    [
        "Ashton, Leigh and Wigan PCT", "Cambridgeshire PCT", "NHS East of England", "Hampshire PCT", "Hillingdon PCT",
        "North East Lincolnshire Care Trust Plus", "West Midlands Commissioning Business Support Agency",
    ];

    [Fact]
    public async Task All_seven_pilots_are_listed_by_name_each_with_its_sha()
    {
        var tracker = await fixture.SendAs(SliceFixture.National, new GetPilots());

        Assert.Equal(SevenPilots.Order(StringComparer.Ordinal), tracker.Pilots.Select(p => p.Name));
        var hillingdon = tracker.Pilots.Single(p => p.OrganisationCode == "5AT");
        Assert.Equal(("Q36", "NHS London"), (hillingdon.ShaCode, hillingdon.ShaName));
        var agency = tracker.Pilots.Single(p => p.OrganisationCode == "WMCBSA");
        Assert.Equal(("Q34", "NHS West Midlands"), (agency.ShaCode, agency.ShaName));
        // East of England bought for its own PCTs: the SHA is the pilot, and its own region.
        var eastOfEngland = tracker.Pilots.Single(p => p.OrganisationCode == "Q35");
        Assert.Equal(("Q35", "NHS East of England"), (eastOfEngland.ShaCode, eastOfEngland.ShaName));
    }

    [Fact]
    public async Task Counts_next_milestone_and_latest_commentary_match_an_independent_count()
    {
        var tracker = await fixture.SendAs(SliceFixture.National, new GetPilots());

        // Whole entities counted in memory: a different path from the handler's SQL subqueries.
        var pilots = await fixture.QueryAsync(db => db.Pilots.AsNoTracking()
            .Include(p => p.Milestones).Include(p => p.Commentary).Include(p => p.Lessons).ToListAsync());
        Assert.Equal(7, pilots.Count);
        foreach (var pilot in pilots)
        {
            var row = tracker.Pilots.Single(p => p.Id == pilot.Id);
            int Count(MilestoneStatus status) => pilot.Milestones.Count(m => m.Status == status);
            Assert.Equal(new MilestoneCounts(Count(MilestoneStatus.Complete), Count(MilestoneStatus.Late), Count(MilestoneStatus.AtRisk),
                Count(MilestoneStatus.OnTrack), Count(MilestoneStatus.NotStarted)), row.Milestones);
            Assert.Equal(pilot.Milestones.Count, row.Milestones.Total);
            Assert.Equal(pilot.Lessons.Count, row.Lessons);
            Assert.Equal((pilot.Rag, pilot.RagReason, pilot.RagSetOn), (row.Rag, row.RagReason, row.RagSetOn));

            var next = pilot.Milestones.Where(m => m.Status != MilestoneStatus.Complete).MinBy(m => (m.PlannedOn, m.Id));
            Assert.Equal(next is null ? null : new NextMilestone(next.Title, next.PlannedOn, next.Status), row.NextMilestone);
            var latest = pilot.Commentary.MaxBy(c => (c.WrittenOn, c.Id));
            Assert.Equal(latest is null ? null : new CommentaryNote(latest.WrittenOn, latest.Author, latest.Text), row.LatestCommentary);
        }
        Assert.Equal(8, tracker.Pilots.Sum(p => p.Lessons));
        Assert.All(tracker.Pilots, p => Assert.NotNull(p.NextMilestone));
    }

    [Fact]
    public async Task The_tracker_is_read_in_one_sql_statement_not_one_per_pilot()
    {
        var dataSource = await fixture.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return db.Database.GetDbConnection().DataSource;
        });
        using var log = SqlStatementLog.Start(dataSource);

        var tracker = await fixture.SendAs(SliceFixture.National, new GetPilots());

        Assert.Equal(7, tracker.Pilots.Count);
        var pilotStatements = log.Statements.Where(sql => sql.Contains("\"Pilots\"", StringComparison.Ordinal)).ToList();
        Assert.Single(pilotStatements);
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Every_role_may_read_all_seven_because_the_lessons_are_shared_with_the_wider_nhs(string who)
    {
        var tracker = await fixture.SendAs(SliceFixture.ByName(who), new GetPilots());

        Assert.Equal(7, tracker.Pilots.Count);
        Assert.Contains(tracker.Pilots, p => p.OrganisationCode == "WMCBSA");
    }

    public static TheoryData<string> EveryRole => new() { "national", "sha", "analyst", "pct", "admin" };

    [Fact]
    public async Task A_user_with_no_role_is_refused()
    {
        var error = await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.NoRole, new GetPilots()));
        Assert.Contains("no role", error.Reason);
    }

}
