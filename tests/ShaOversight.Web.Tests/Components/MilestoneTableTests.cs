using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Web.Features.Pilots;

namespace ShaOversight.Web.Tests.Components;

public sealed class MilestoneTableTests : ComponentTest
{
    private static readonly DateOnly StatusDate = new(2010, 3, 31);

    private static readonly MilestoneRow[] Milestones =
    [
        new(1, "Board approves use of FESC", new(2008, 1, 15), new(2008, 1, 27), MilestoneStatus.Complete, 12),
        new(2, "Preferred bidder named", new(2008, 5, 21), new(2008, 5, 21), MilestoneStatus.Complete, 0),
        new(3, "Contract awarded", new(2008, 7, 9), new(2008, 6, 1), MilestoneStatus.Complete, -38),
        new(4, "Service live", new(2010, 3, 1), null, MilestoneStatus.Late, 30),
        new(5, "Lessons shared with the wider NHS", new(2010, 9, 1), null, MilestoneStatus.NotStarted, null),
    ];

    private IRenderedComponent<MilestoneTable> Render(params MilestoneRow[] milestones) =>
        Context.Render<MilestoneTable>(p => p.Add(x => x.Pilot, new PilotDetail(5, "Hillingdon PCT", "5AT", 1, "Q36", "NHS London", "Aim", null,
            Rag.Amber, "Reason", StatusDate, milestones, [], [])));

    private static string[] Cells(AngleSharp.Dom.IElement row) =>
        row.Children.Select(cell => cell.TextContent.Trim()).ToArray();

    [Fact]
    public void Shows_planned_actual_status_and_slippage_in_words_for_every_milestone()
    {
        var table = Render(Milestones);

        var rows = table.FindAll("tbody tr");
        Assert.Equal(5, rows.Count);
        Assert.Equal(["Board approves use of FESC", "15 Jan 2008", "27 Jan 2008", "Complete", "12 days late"], Cells(rows[0]));
        Assert.Equal("On time", Cells(rows[1])[4]);
        Assert.Equal("38 days early", Cells(rows[2])[4]);
        Assert.Equal(["Service live", "1 Mar 2010", "Not yet met", "Late", "30 days late"], Cells(rows[3]));
        Assert.Equal(["Lessons shared with the wider NHS", "1 Sept 2010", "Not yet met", "Not started", "Not yet due"], Cells(rows[4]));
    }

    [Fact]
    public void Each_milestone_heads_its_row_and_the_caption_says_what_days_late_count_to()
    {
        var table = Render(Milestones);

        Assert.Equal(5, table.FindAll("tbody th[scope=row]").Count);
        Assert.Equal(5, table.FindAll("thead th[scope=col]").Count);
        var caption = string.Join(' ', table.Find("caption").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("or to 31 Mar 2010 for a milestone not yet met", caption);
    }

    [Fact]
    public void Says_so_plainly_when_no_milestones_are_set()
    {
        var table = Render();

        Assert.Empty(table.FindAll("table"));
        Assert.Contains("No milestones have been set for this pilot yet.", table.Markup);
    }
}
