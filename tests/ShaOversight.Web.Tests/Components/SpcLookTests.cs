using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Spc;
using ShaOversight.Web.Components.Spc;

namespace ShaOversight.Web.Tests.Components;

/// <summary>Making Data Count's look on the page: icons as graphics with text alternatives, and points in their colours.</summary>
public sealed class SpcLookTests : ComponentTest
{
    private static readonly DateOnly April = new(2008, 4, 1);

    private static XmrResult Series(params decimal[] values) =>
        XmrAnalysis.Analyse(values.Select((v, i) => (April.AddMonths(i), v)).ToList(), ImprovementDirection.Up, target: 90);

    [Theory]
    [InlineData(VariationIcon.CommonCause, null)]
    [InlineData(VariationIcon.ImprovementHigh, "H")]
    [InlineData(VariationIcon.ConcernLow, "L")]
    [InlineData(VariationIcon.NeutralHigh, "H")]
    public void A_variation_icon_is_a_graphic_named_by_its_words(VariationIcon icon, string? letter)
    {
        var rendered = Context.Render(builder => builder.AddContent(0, SpcIcon.Of(icon)));

        var graphic = rendered.Find("svg.spc-icon-graphic");
        Assert.Equal("img", graphic.GetAttribute("role"));
        Assert.Equal(IconWords.Of(icon), graphic.GetAttribute("aria-label"));
        Assert.Equal(IconWords.Of(icon), graphic.QuerySelector("title")!.TextContent);
        Assert.Equal(SpcIconShape.Of(icon).Colour, graphic.QuerySelector("circle")!.GetAttribute("stroke"));
        Assert.Equal(letter, graphic.QuerySelector("text")?.TextContent);
    }

    [Fact]
    public void Each_icon_is_written_once_however_often_a_page_shows_it()
    {
        // The same text, not an equal copy: a lens shows dozens, and each copy would stay in its circuit.
        Assert.Same(SpcIcon.Of(VariationIcon.ImprovementHigh).Value, SpcIcon.Of(VariationIcon.ImprovementHigh).Value);
        Assert.Same(SpcIcon.Of(AssuranceIcon.ConsistentlyFail, size: 28).Value, SpcIcon.Of(AssuranceIcon.ConsistentlyFail, size: 28).Value);
        Assert.NotEqual(SpcIcon.Of(AssuranceIcon.ConsistentlyFail).Value, SpcIcon.Of(AssuranceIcon.ConsistentlyFail, size: 28).Value);
        Assert.NotEqual(SpcIcon.Of((VariationIcon)1).Value, SpcIcon.Of((AssuranceIcon)1).Value);
    }

    [Theory]
    [InlineData(AssuranceIcon.ConsistentlyPass, "P", MdcColours.Improvement)]
    [InlineData(AssuranceIcon.ConsistentlyFail, "F", MdcColours.Concern)]
    [InlineData(AssuranceIcon.Inconsistent, "?", MdcColours.IconGrey)]
    public void An_assurance_icon_carries_its_letter_its_colour_and_its_words(AssuranceIcon icon, string letter, string colour)
    {
        var rendered = Context.Render(builder => builder.AddContent(0, SpcIcon.Of(icon)));

        var graphic = rendered.Find("svg.spc-icon-graphic");
        Assert.Equal(IconWords.Of(icon), graphic.GetAttribute("aria-label"));
        Assert.Equal(letter, graphic.QuerySelector("text")!.TextContent);
        Assert.Equal(colour, graphic.QuerySelector("circle")!.GetAttribute("stroke"));
        Assert.Equal(IconWords.Of(icon), rendered.Find(".spc-words").TextContent);
    }

    [Fact]
    public void Every_row_of_an_icon_summary_with_a_series_shows_both_icons_as_graphics()
    {
        var spc = Series(80, 82, 79, 81, 80, 83, 79, 81, 80, 82, 140);
        var rows = new[] { new SummaryMeasure("Validated against target", 140, 90, MeasureUnit.Percent, spc) };

        var table = Context.Render<IconSummaryTable>(p => p
            .Add(x => x.Table, new ShaOversight.Core.Features.Savings.SavingsSummaryTable())
            .Add(x => x.Summary, new PageSummary("NHS London", "NHS London contract savings summary", rows))
            .Add(x => x.Period, ShaOversight.Web.Components.Shared.ReportingPeriod.Default)
            .Add(x => x.Request, new ShaOversight.Core.Tables.TableRequest(ShaOversight.Web.Components.Shared.ReportingPeriod.Default.Year, ShaOversight.Web.Components.Shared.ReportingPeriod.Default.AsAt, "Q36")));

        var labels = table.FindAll("svg.spc-icon-graphic").Select(g => g.GetAttribute("aria-label")).ToList();
        Assert.Equal([IconWords.Of(spc.Variation), IconWords.Of(spc.Assurance)], labels);
        Assert.Equal("140%", table.Find("td.num").TextContent);
    }

    [Fact]
    public void A_special_cause_point_is_drawn_in_its_colour_and_its_row_says_which_rules_fired()
    {
        // Alternating about the mean, so nothing but the jump to 140 is special cause; 14 months,
        // because MDC gives no limits below 13. Mean 88.93, upper limit 88.93 + 2.66 × 16.54 = 132.93.
        var spc = Series(80, 90, 80, 90, 80, 90, 80, 90, 80, 90, 80, 90, 140, 85);

        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, spc));
        var table = Context.Render<XmrTable>(p => SpcFiguresTableTests.Figures(p, spc));

        Assert.Single(spc.Points, p => p.IsSpecialCause);
        // The point, and its key in the legend.
        Assert.Equal(2, chart.FindAll($"svg.spc-svg ellipse[fill='{MdcColours.Improvement}']").Count);
        Assert.Empty(chart.FindAll($"svg.spc-svg ellipse[fill='{MdcColours.Concern}']"));
        var spike = table.FindAll("tbody tr")[12];
        Assert.Contains("Special cause (improvement), high: outside the process limits", spike.TextContent);
        // Every column of the download is on screen, the detail ones under a main one.
        Assert.Equal(SpcFiguresTable.Columns.Select(c => c.Heading).Order(),
            spike.QuerySelectorAll("[data-heading]").Select(e => e.GetAttribute("data-heading")!).Order());
        Assert.Equal("High", spike.QuerySelector($"[data-heading='{SpcFiguresTable.SpecialCause}']")!.GetAttribute("data-value"));
    }
}
