using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Data.Seeding;
using ShaOversight.Core.Domain;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Data;

/// <summary>Demonstration commentary is written from each pilot's own milestones, so it varies and never contradicts its RAG.</summary>
[Collection(SeededDatabase.Name)]
public sealed class PilotCommentaryTests(SliceFixture fixture)
{
    private static readonly DateOnly StatusDate = new(2010, 3, 31);

    [Fact]
    public async Task Each_seeded_pilots_latest_note_agrees_with_its_rag_and_milestones_and_they_differ()
    {
        var pilots = await fixture.QueryAsync(db => db.Pilots.AsNoTracking().Include(p => p.Milestones).Include(p => p.Commentary).ToListAsync());

        foreach (var pilot in pilots)
        {
            var latest = pilot.Commentary.MaxBy(c => (c.WrittenOn, c.Id))!.Text;
            var late = pilot.Milestones.Where(m => m.Status == MilestoneStatus.Late).OrderBy(m => m.PlannedOn).ToList();
            switch (pilot.Rag)
            {
                case Rag.Red:
                    Assert.StartsWith($"{late.Count} milestones are", latest);
                    Assert.Contains($"'{late[0].Title}'", latest);
                    break;
                case Rag.Amber when late.Count == 1:
                    Assert.Contains($"'{late[0].Title}'", latest);
                    Assert.Contains(late[0].PlannedOn.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), latest);
                    break;
                case Rag.Amber:
                    Assert.StartsWith("Behind the original plan", latest);
                    break;
                default:
                    Assert.Empty(late);
                    Assert.DoesNotMatch("past its planned date|overdue|waiting on|not happened", latest);
                    break;
            }
            Assert.All(pilot.Commentary, c => Assert.True(c.WrittenOn <= StatusDate));
        }
        Assert.True(pilots.Select(p => p.Commentary.MaxBy(c => (c.WrittenOn, c.Id))!.Text).Distinct().Count() > 1,
            "Every pilot's latest commentary reads the same.");
    }

    [Fact]
    public void A_pilot_whose_milestones_were_all_met_early_is_never_said_to_have_slipped()
    {
        var pilot = new Pilot { Name = "Early PCT", Aim = "", RagReason = "Milestones met to plan.", Rag = Rag.Green };
        foreach (var (title, month) in new[] { ("Board approves use of FESC", 3), ("Contract awarded", 6), ("Service live", 9) })
        {
            var planned = new DateOnly(2008, month, 15);
            pilot.Milestones.Add(new PilotMilestone { Title = title, PlannedOn = planned, ActualOn = planned.AddDays(-20), Status = MilestoneStatus.Complete });
        }

        var notes = new PilotCommentaryWriter(new DemoRandom(DemoRandom.DefaultSeed), StatusDate).Write(pilot);

        Assert.Equal(3, notes.Count);
        Assert.All(notes.Take(2), n => Assert.Contains("20 days", n.Text));
        Assert.All(notes.Take(2), n => Assert.Matches("ahead of plan|early", n.Text));
        Assert.All(notes, n => Assert.DoesNotMatch("slipped|late|past its planned", n.Text));
        Assert.Equal("Every milestone met. The service is live and the pilot's lessons are shared.", notes[^1].Text);
    }

    [Fact]
    public void The_same_seed_writes_the_same_commentary()
    {
        static IReadOnlyList<(DateOnly, string)> Write()
        {
            var pilot = new Pilot { Name = "Late PCT", Aim = "", RagReason = "One milestone past its planned date.", Rag = Rag.Amber };
            pilot.Milestones.Add(new PilotMilestone { Title = "Contract awarded", PlannedOn = new(2008, 5, 1), ActualOn = new(2008, 7, 1), Status = MilestoneStatus.Complete });
            pilot.Milestones.Add(new PilotMilestone { Title = "Service live", PlannedOn = new(2009, 1, 1), Status = MilestoneStatus.Late });
            return new PilotCommentaryWriter(new DemoRandom(DemoRandom.DefaultSeed), StatusDate).Write(pilot).Select(n => (n.WrittenOn, n.Text)).ToList();
        }

        var first = Write();

        Assert.Equal(first, Write());
        Assert.Matches("^Contract awarded .*61 days", first[0].Item2);
        Assert.Contains("'Service live'", first[^1].Item2);
        Assert.Contains("1 Jan 2009", first[^1].Item2);
    }
}
