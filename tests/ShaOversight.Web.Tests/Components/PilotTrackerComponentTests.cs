using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Components;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Web.Features.Pilots;

namespace ShaOversight.Web.Tests.Components;

public sealed class PilotTrackerComponentTests : ComponentTest
{
    private static readonly PilotSummary Hillingdon = new(5, "Hillingdon PCT", "5AT", "Q36", "NHS London", Rag.Red,
        "2 milestones past their planned dates.", new(2010, 3, 31), new MilestoneCounts(4, 2, 0, 0, 1),
        new NextMilestone("Strategic outline case drafted", new(2007, 7, 28), MilestoneStatus.Late),
        new CommentaryNote(new(2009, 8, 7), "Pilot project lead", "Procurement timetable slipped."), 3);

    private static readonly PilotSummary Agency = new(7, "West Midlands Commissioning Business Support Agency", "WMCBSA", "Q34",
        "NHS West Midlands", Rag.Green, "Milestones met to plan.", new(2010, 3, 31), new MilestoneCounts(6, 0, 1, 2, 0),
        null, null, 1);

    [Fact]
    public void The_summary_links_each_pilot_and_shows_its_status_in_words()
    {
        var table = Context.Render<PilotSummaryTable>(p => p.Add(x => x.Tracker, new PilotTracker([Hillingdon, Agency])));

        var rows = table.FindAll("table[data-table='pilots'] tbody tr");
        Assert.Equal(2, rows.Count);
        var link = rows[0].QuerySelector("th[scope=row] a")!;
        Assert.Equal("/pilots/5", link.GetAttribute("href"));
        Assert.Equal("Hillingdon PCT", link.TextContent.Trim());
        string Value(AngleSharp.Dom.IElement row, string heading) => row.QuerySelector($"[data-heading='{heading}']")!.TextContent.Trim();
        Assert.Equal("Red", rows[0].QuerySelector(".rag-badge")!.TextContent.Trim());
        Assert.Equal("4", Value(rows[0], "Milestones complete"));
        Assert.Equal("2", Value(rows[0], "Late"));
        Assert.Equal("Strategic outline case drafted", Value(rows[0], "Next milestone"));
        Assert.Equal("28 Jul 2007", Value(rows[0], "Next milestone planned"));
        Assert.Equal("7 Aug 2009", Value(rows[0], "Commentary written on"));
        Assert.Equal("3", Value(rows[0], "Lessons"));
        Assert.Equal("All complete", Value(rows[1], "Next milestone"));
        Assert.Equal("None yet", Value(rows[1], "Latest commentary"));
    }

    [Fact]
    public void Each_row_is_marked_to_open_its_pilot_and_its_first_link_is_that_pilot()
    {
        var table = Context.Render<PilotSummaryTable>(p => p.Add(x => x.Tracker, new PilotTracker([Hillingdon, Agency])));

        // wwwroot/app.js follows a clickable row's first link; the click itself is tried in Chromium
        // (PilotsInBrowserTests.Clicking_anywhere_on_a_row_opens_that_pilot).
        var row = table.FindAll("table[data-table='pilots'] tbody tr")[1];
        Assert.Contains("clickable-row", row.ClassList);
        Assert.EndsWith("/pilots/7", row.QuerySelector("a[href]")!.GetAttribute("href"));
        Assert.False(row.HasAttribute("blazor:onclick"));
    }

    [Fact]
    public void An_empty_tracker_explains_itself()
    {
        var table = Context.Render<PilotSummaryTable>(p => p.Add(x => x.Tracker, new PilotTracker([])));

        Assert.Contains("No pilots are recorded yet.", table.Markup);
    }

    [Fact]
    public void The_chart_has_its_numbers_in_a_table_behind_show_the_figures()
    {
        var chart = Context.Render<MilestoneStatusChart>(p => p.Add(x => x.Pilots, [Hillingdon, Agency]));

        // A bar a pilot, most milestones late or at risk first, each opening its pilot; the table follows the same order.
        // Across the page, the chart is drawn wide for screens and at a panel's width for phones, with the same links.
        Assert.Equal(chart.FindAll(".chart-wide a.bar-link").Select(a => a.GetAttribute("href")), chart.FindAll(".chart-narrow a.bar-link").Select(a => a.GetAttribute("href")));
        Assert.Equal("img", chart.Find("svg.bar-svg").GetAttribute("role"));
        Assert.Equal([$"/pilots/{Hillingdon.Id}", $"/pilots/{Agency.Id}"], chart.FindAll(".chart-wide a.bar-link").Select(a => a.GetAttribute("href")));
        Assert.Equal("Show the figures", chart.Find("details > summary").TextContent.Trim());
        var rows = chart.FindAll("details table tbody tr");
        Assert.Equal(["Hillingdon", "4", "2", "0", "0", "1", "7"], rows[0].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(["West Midlands agency", "6", "0", "1", "2", "0", "9"], rows[1].Children.Select(c => c.TextContent.Trim()));
        Assert.Equal(["Pilot", "Complete", "Late", "At risk", "On track", "Not started", "All"],
            chart.FindAll("details thead th").Select(th => th.TextContent.Trim()));
    }

    [Fact]
    public void The_timeline_draws_one_line_per_milestone_and_points_readers_to_the_table()
    {
        MilestoneRow[] milestones =
        [
            new(1, "Contract awarded", new(2008, 7, 9), new(2008, 6, 1), MilestoneStatus.Complete, -38),
            new(2, "Service live", new(2010, 3, 1), null, MilestoneStatus.Late, 30),
        ];

        var timeline = Context.Render<MilestoneTimeline>(p => p.Add(x => x.Milestones, milestones).Add(x => x.AsAt, new DateOnly(2010, 3, 31)));

        Assert.Equal("true", timeline.Find(".timeline").GetAttribute("aria-hidden"));
        Assert.Equal(["38 days early", "30 days late"], timeline.FindAll(".timeline-note").Select(n => n.TextContent.Trim()));
        Assert.Single(timeline.FindAll(".timeline .timeline-slip.early"));
        Assert.Single(timeline.FindAll(".timeline .timeline-slip.late.open"));
        Assert.Contains("The same dates are in the table below.", timeline.Find("figcaption").TextContent);
        Assert.Contains("Status date, 31 Mar 2010", timeline.Find("figcaption").TextContent);
    }

    [Theory]
    [InlineData("Ashton, Leigh and Wigan PCT", "Ashton, Leigh and Wigan")]
    [InlineData("NHS East of England", "East of England")]
    [InlineData("North East Lincolnshire Care Trust Plus", "North East Lincolnshire")]
    [InlineData("West Midlands Commissioning Business Support Agency", "West Midlands agency")]
    public void Names_under_the_bars_keep_the_place_and_drop_the_kind_of_body(string name, string shortName)
    {
        Assert.Equal(shortName, PilotText.ShortName(name));
    }

    [Theory]
    [InlineData(null, "Not yet due")]
    [InlineData(0, "On time")]
    [InlineData(1, "1 day late")]
    [InlineData(1234, "1,234 days late")]
    [InlineData(-1, "1 day early")]
    public void Slippage_is_said_in_plain_words(int? daysLate, string words)
    {
        Assert.Equal(words, PilotText.AgainstPlan(daysLate));
    }
}
