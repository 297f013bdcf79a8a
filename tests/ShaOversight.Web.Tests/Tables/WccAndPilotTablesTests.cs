using Mediator;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Assessments;
using ShaOversight.Web.Features.Funnels;
using ShaOversight.Web.Features.Pcts;
using ShaOversight.Web.Features.Pilots;
using ShaOversight.Web.Tests.Components;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Tables;

/// <summary>
/// The WCC and pilot tables over the real pipeline and seed: each page's table holds exactly the
/// rows and values its download writes, column for column, whatever it draws in their place.
/// </summary>
public sealed class WccAndPilotTablesTests : ComponentTest, IClassFixture<CoreDatabase>
{
    private static readonly ReportingPeriod Period = ReportingPeriod.Default;

    public WccAndPilotTablesTests(CoreDatabase database)
    {
        database.AddTo(Context.Services);
        Context.Services.GetRequiredService<SwitchableUser>().Principal = CoreDatabase.Administrator;
    }

    private Task<T> SendAsync<T>(IQuery<T> query) => Context.Services.GetRequiredService<ISender>().Send(query).AsTask();

    [Fact]
    public async Task The_heat_map_shows_every_value_of_the_wcc_scores_download_with_the_medians_last()
    {
        var data = await SendAsync(new GetRegionAssessments("Q36", Period.Year));

        var page = Context.Render<CompetencyHeatMap>(p => p.Add(x => x.Data, data).Add(x => x.Period, Period));

        AssertPageIsDownload(page, new AssessmentScoresTable(), data, new(Period.Year, Period.AsAt, Sha: "Q36"));
        var rows = page.FindAll("table[data-table='wcc-scores'] tbody tr");
        Assert.Equal(["median-row", "median-row"], rows.TakeLast(2).Select(r => r.ClassName));
        // Scores keep their shades from the style sheet, and a PCT's row opens the PCT.
        Assert.NotEmpty(page.FindAll("table[data-table='wcc-scores'] td.score-3"));
        Assert.Equal(data.Pcts.Count, page.FindAll("table[data-table='wcc-scores'] tr.clickable-row").Count);
        Assert.Contains("/exports/wcc-scores.csv?", page.Markup);
    }

    [Fact]
    public async Task The_movement_figures_are_the_wcc_movement_download_in_the_charts_order()
    {
        var data = await SendAsync(new GetRegionAssessments("Q36", Period.Year));

        var page = Context.Render<MovementTable>(p => p.Add(x => x.Data, data).Add(x => x.Period, Period));

        AssertPageIsDownload(page, MovementTable.Table, data, MovementTable.RequestFor(data, Period));
        var movements = page.FindAll("[data-heading='Movement']").Select(m => m.GetAttribute("data-value")).Where(v => v != "")
            .Select(v => decimal.Parse(v!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(movements.OrderByDescending(m => m), movements);
    }

    [Fact]
    public async Task A_pcts_competency_table_is_its_pct_ratings_download()
    {
        var data = await SendAsync(new GetPctDashboard("5AT", Period.Year, Period.AsAt));

        var page = Context.Render<CompetencyComparisonTable>(p => p.Add(x => x.Data, data).Add(x => x.Period, Period));

        AssertPageIsDownload(page, CompetencyComparisonTable.Table, data, CompetencyComparisonTable.RequestFor(data, Period));
    }

    [Fact]
    public async Task The_wcc_funnel_table_is_its_download_including_the_pcts_not_plotted()
    {
        var data = await SendAsync(new GetWccComposites(Period.Year));

        var page = Context.Render<WccCompositeChart>(p => p.Add(x => x.Data, data).Add(x => x.Period, Period));

        AssertPageIsDownload(page, new WccFunnelTable(), WccFunnel.From(data), new(Period.Year, Period.AsAt));
    }

    [Fact]
    public async Task The_pilot_tracker_and_a_pilots_milestones_and_notes_are_their_downloads()
    {
        var tracker = await SendAsync(new GetPilots());
        var pilot = await SendAsync(new GetPilot(tracker.Pilots[0].Id));
        var request = new TableRequest(Period.Year, Period.AsAt, Pilot: pilot.Id);

        AssertPageIsDownload(Context.Render<PilotSummaryTable>(p => p.Add(x => x.Tracker, tracker)), new PilotsTable(), tracker, new(Period.Year, Period.AsAt));
        AssertPageIsDownload(Context.Render<MilestoneTable>(p => p.Add(x => x.Pilot, pilot)), new PilotMilestonesTable(), pilot, request);
        AssertPageIsDownload(Context.Render<PilotCommentaryList>(p => p.Add(x => x.Pilot, pilot)), new PilotCommentaryTable(), pilot, request);
    }

    /// <summary>Every row of the file is a row on the page, in order, and every value of it is on the page under its heading, as the file writes it.</summary>
    private static void AssertPageIsDownload<TComponent, TSource, TRow>(
        IRenderedComponent<TComponent> page, FeatureTable<TSource, TRow> table, TSource source, TableRequest request) where TComponent : IComponent
    {
        var export = table.Export(source, request);
        var expected = export.Rows.ToList();
        var rows = page.FindAll($"table[data-table='{table.Key}'] tbody tr");
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].QuerySelectorAll("[data-heading]").ToDictionary(c => c.GetAttribute("data-heading")!, c => c.GetAttribute("data-value"));
            Assert.Equal(export.Columns.Count, cells.Count);
            for (var c = 0; c < export.Columns.Count; c++)
            {
                var column = export.Columns[c];
                Assert.Equal(CellValues.ToText(expected[r][c], column.Kind), cells[column.Header]);
            }
        }
    }
}
