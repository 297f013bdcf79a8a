using ShaOversight.Core.Application;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Board;

namespace ShaOversight.Web.Tests.Components;

public sealed class BoardSummaryTilesTests : ComponentTest
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);
    private static readonly ReportingPeriod Period = new(Year, YearEnd);
    private static readonly OrganisationRef London = new(7, "Q36", "NHS London");

    /// <summary>A London summary built by the same tile builders the handler uses, from hand-made lens figures.</summary>
    private static BoardSummary London_summary()
    {
        var settings = new DashboardSettings();
        var months = Enumerable.Range(0, 14).Select(i => (new DateOnly(2009, 2, 1).AddMonths(i), 80m + i % 3 * 5, 100m)).ToList();
        var spc = SavingsSpc.Analyse(months);
        var now = new SavingsMeasures(11_000_000m, 1_000_000m, 950_000m, 900_000m, 100_000m, 1_050_000m, 8_800_000m);
        var pilots = new[] { Pilot(Rag.Amber, "Q36"), Pilot(Rag.Green, "Q34"), Pilot(Rag.Red, "Q30") };
        var share = new SummaryMeasure("Share of PCTs with a FESC contract awarded", 16m / 31, null, MeasureUnit.Share, null, IconSummaries.UptakeHasNoIcons);
        return new BoardSummary("Q36", "NHS London", BoardScope.Region, Year, YearEnd, new(2009, 3, 31),
        [
            BoardTiles.Uptake(share, 16, 31, 0.258m, "none", "NHS London", YearEnd, null),
            BoardTiles.Savings(now, spc, (now with { ValidatedToDate = 800_000m }, spc), "none", settings),
            BoardTiles.Assurance(new SummaryMeasure("Mean competency score across the region's PCTs", 2.56m, null, MeasureUnit.Score, null, "Annual"), 1.64m, Year),
            BoardTiles.Pilots(pilots, London),
        ]);
    }

    private static PilotSummary Pilot(Rag rag, string sha) =>
        new(1, "A pilot", "5AT", sha, "An SHA", rag, "Because.", YearEnd, new MilestoneCounts(1, 0, 0, 0, 0), null, null, 0);

    [Fact]
    public void Each_tile_links_to_its_lens_and_says_its_sentence()
    {
        var summary = London_summary();
        var tiles = Context.Render<BoardSummaryTiles>(p => p.Add(x => x.Summary, summary).Add(x => x.Period, Period));

        Assert.Equal("Is commissioning in NHS London getting better, and is the money paying back?", tiles.Find("h2").TextContent);
        var links = tiles.FindAll(".board-tile-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([PageLinks.Sha("Q36", Period, "uptake"), PageLinks.Sha("Q36", Period, "savings"), PageLinks.Sha("Q36", Period, "assurance"), "/pilots"], links);
        var sentences = tiles.FindAll(".board-sentence").Select(p => p.TextContent).ToList();
        Assert.Equal(summary.Tiles.Select(t => t.Sentence), sentences);
    }

    [Fact]
    public void Figures_are_written_as_the_board_pack_writes_them_with_their_change_and_icons_or_why_not()
    {
        var summary = London_summary();
        var tiles = Context.Render<BoardSummaryTiles>(p => p.Add(x => x.Summary, summary).Add(x => x.Period, Period));

        var uptake = tiles.Find("[data-lens=Uptake]");
        Assert.Contains(PackFormat.Measure(16m / 31, MeasureUnit.Share), uptake.TextContent);
        Assert.Contains("+25.8 pts on a year earlier", uptake.TextContent);
        Assert.Contains("No icons: " + IconSummaries.UptakeHasNoIcons, uptake.TextContent);

        // The monthly measure carries its two MDC icons, each with its words as its text alternative.
        var savings = tiles.Find("[data-lens=Savings]");
        var monthly = summary.Tile(BoardLens.Savings).Figures[0].Now.Spc!;
        var icons = savings.QuerySelectorAll("svg[role=img]").Select(svg => svg.GetAttribute("aria-label")).ToList();
        Assert.Equal([IconWords.Of(monthly.Variation), IconWords.Of(monthly.Assurance)], icons);
        Assert.Contains("+10.0 pts on a year earlier", savings.TextContent);

        // Reasons every pilot figure shares are said once, under the tile.
        var pilots = tiles.Find("[data-lens=Pilots]");
        Assert.Equal("No icons: A count on the status date. No change shown: ratings keep no history.", pilots.QuerySelector("p.board-why")!.TextContent);
        Assert.Equal(["0", "1", "0"], pilots.QuerySelectorAll(".board-value").Select(v => v.TextContent));
    }

    [Fact]
    public void A_pct_summarys_tiles_open_the_sections_of_its_page()
    {
        var summary = London_summary() with { Code = "5AT", Subject = "Hillingdon PCT", Scope = BoardScope.Pct };
        var tiles = Context.Render<BoardSummaryTiles>(p => p.Add(x => x.Summary, summary).Add(x => x.Period, Period));

        var links = tiles.FindAll(".board-tile-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(PageLinks.Pct("5AT", Period) + "#pct-savings-title", links[1]);
    }
}
