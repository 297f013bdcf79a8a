using System.Globalization;
using AngleSharp.Dom;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Spc;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Components.Spc;
using ShaOversight.Core.Security;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Features.Uptake;

namespace ShaOversight.Web.Tests.Components;

/// <summary>
/// Hit targets over line-chart points. These tests read SVG coordinates, which component tests
/// otherwise leave alone, because the targets exist only to sit where ScottPlot draws the points:
/// each test compares ours with the chart's own drawing, never with numbers written here.
/// </summary>
public sealed class PointDrillTests : ComponentTest
{
    private static readonly DateOnly[] Months = [.. Enumerable.Range(0, 14).Select(i => new DateOnly(2008, 4, 1).AddMonths(i))];

    private static XmrResult Series(params decimal[] values) =>
        XmrAnalysis.Analyse(values.Select((v, i) => (Months[i], v)).ToList(), ImprovementDirection.Up, target: null);

    private static string HrefFor(DateOnly month) => $"/contracts/7?year=2008-09&asAt=2009-03-31&pct=5AT&month={month:yyyy-MM}";

    private static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    // ScottPlot draws each point's marker as an ellipse centred on it; a month's x is its marker's
    // cx. The legend's key, below the plot, is left out.
    private static List<double> PointXs(IRenderedComponent<XmrChart> chart)
    {
        var target = chart.FindAll(".point-drill-target")[0];
        var plotBottom = Number(target, "y") + Number(target, "height");
        return chart.FindAll("svg.spc-svg ellipse").Where(e => Number(e, "cy") <= plotBottom).Select(e => Number(e, "cx")).Distinct().Order().ToList();
    }

    [Fact]
    public void Each_month_gets_one_target_over_the_place_the_chart_draws_its_point()
    {
        var series = Series(100, 140, 90, 120, 130);
        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, series).Add(x => x.HrefFor, HrefFor));

        var targets = chart.FindAll(".point-drill-target");
        var pointXs = PointXs(chart);
        Assert.Equal(series.Points.Count, targets.Count);
        Assert.Equal(series.Points.Count, pointXs.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            var (left, right) = (Number(targets[i], "x"), Number(targets[i], "x") + Number(targets[i], "width"));
            Assert.InRange(pointXs[i], left, right);
            Assert.All(pointXs.Where((_, j) => j != i), other => Assert.False(other > left && other < right, $"target {i} also covers another point"));
        }
    }

    [Fact]
    public void The_targets_lie_in_the_same_frame_as_the_chart_they_cover()
    {
        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, Series(100, 140, 90, 120, 130)).Add(x => x.HrefFor, HrefFor));

        Assert.Equal(chart.Find("svg.spc-svg").GetAttribute("viewBox"), chart.Find("svg.spc-points").GetAttribute("viewBox"));
        var target = chart.FindAll(".point-drill-target")[2];
        Assert.True(Number(target, "height") > 100, "a target spans the plot's height, so the y scale never matters");
    }

    [Fact]
    public void Each_target_opens_its_month_and_gives_its_details_to_pointer_users()
    {
        // Fourteen months: MDC draws no limits below thirteen, and the title gives the limits.
        var result = Series(100, 140, 90, 120, 130, 110, 105, 125, 95, 115, 100, 120, 110, 130);
        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, result).Add(x => x.HrefFor, HrefFor));

        var june = chart.FindAll(".point-drill-target")[2];
        Assert.Equal(HrefFor(new DateOnly(2008, 6, 1)), june.GetAttribute("data-href"));
        var title = june.QuerySelector("title")!.TextContent;
        Assert.StartsWith("June 2008: 90", title);
        Assert.Contains($"Mean {result.Mean!.Value.ToString("0.##", CultureInfo.GetCultureInfo("en-GB"))}", title);
        Assert.Contains("process limits", title);
        Assert.Contains("Common cause", title);
        Assert.NotNull(chart.Find(".point-drill-chart"));
    }

    [Fact]
    public void Without_an_address_the_points_do_not_drill_but_still_give_their_details()
    {
        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, Series(100, 140, 90)));

        Assert.Empty(chart.FindAll(".point-drill-target"));
        Assert.Empty(chart.FindAll(".point-drill-chart"));
        var targets = chart.FindAll(".spc-point-target");
        Assert.Equal(3, targets.Count);
        Assert.All(targets, t => Assert.Null(t.GetAttribute("data-href")));
        Assert.StartsWith("May 2008: 140", targets[1].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void The_figures_table_links_each_month_to_the_same_address_as_its_point()
    {
        // Fourteen months: MDC draws no limits below thirteen, and the title gives the limits.
        var result = Series(100, 140, 90, 120, 130, 110, 105, 125, 95, 115, 100, 120, 110, 130);
        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, result).Add(x => x.HrefFor, HrefFor));
        var table = Context.Render<XmrTable>(p => SpcFiguresTableTests.Figures(p, result).Add(x => x.HrefFor, HrefFor));

        var pointHrefs = chart.FindAll(".point-drill-target").Select(t => t.GetAttribute("data-href")).ToList();
        var rowLinks = table.FindAll("tbody th[scope=row] a");
        Assert.Equal(pointHrefs, rowLinks.Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal("Jun 2008", rowLinks[2].TextContent);
    }

    [Fact]
    public void The_month_the_page_shows_is_shaded_and_no_other()
    {
        var chart = Context.Render<XmrChart>(p => p.Add(x => x.Result, Series(100, 140, 90, 120, 130)).Add(x => x.HrefFor, HrefFor)
            .Add(x => x.SelectedMonth, new DateOnly(2008, 6, 1)));

        var selected = chart.FindAll(".point-drill-target.selected");
        Assert.Equal(HrefFor(new DateOnly(2008, 6, 1)), Assert.Single(selected).GetAttribute("data-href"));
    }

    [Fact]
    public void Uptake_points_and_their_figures_rows_open_the_same_as_at_addresses()
    {
        IReadOnlyList<UptakePoint> points = [new(new DateOnly(2008, 5, 1), 3, 0.1m), new(new DateOnly(2008, 6, 1), 6, 0.2m), new(new DateOnly(2008, 7, 1), 9, 0.3m)];
        Func<DateOnly, string> hrefFor = month => PageLinks.Sha("Q36", ReportingPeriod.AtEndOf(month, new DateOnly(2010, 3, 31)), "uptake");

        var chart = Context.Render<UptakeTrendChart>(p => p.Add(x => x.Points, points).Add(x => x.HrefFor, hrefFor));
        var period = new ReportingPeriod(new FinancialYear(2008), new DateOnly(2008, 7, 31));
        var uptake = new RegionUptake(new OrganisationRef(7, "Q36", "NHS London"), period.AsAt, RegionView.Full, 30, 9, [], points, [], [], [], 180);
        var table = Context.Render<UptakeTrendTable>(p => p.Add(x => x.Uptake, uptake).Add(x => x.Period, period)
            .Add(x => x.Request, new TableRequest(period.Year, period.AsAt, "Q36")).Add(x => x.HrefFor, hrefFor));

        var targets = chart.FindAll(".point-drill-target");
        Assert.Equal(table.FindAll("tbody a").Select(a => a.GetAttribute("href")), targets.Select(t => t.GetAttribute("data-href")));
        Assert.Contains("asAt=2008-06-30", targets[1].GetAttribute("data-href"));
        Assert.StartsWith("June 2008: 20%", targets[1].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void A_lone_point_gets_the_whole_plot_and_no_points_get_no_targets()
    {
        var lone = PointTargetLayout.Columns([new PointLink("June 2008", "/x")], [300], 50, 950, 10, 300);
        var two = PointTargetLayout.Columns([new PointLink("May", "/a"), new PointLink("June", "/b")], [100, 500], 50, 950, 10, 300);

        Assert.Equal(900, Assert.Single(lone).Width);
        Assert.Equal(two[0].X + two[0].Width, two[1].X);
        Assert.Empty(PointTargetLayout.Columns([], [], 50, 950, 10, 300));
    }

    [Fact]
    public void Each_uptake_month_gets_one_target_over_the_place_the_line_chart_draws_its_point()
    {
        IReadOnlyList<UptakePoint> points = [.. Months.Take(6).Select((m, i) => new UptakePoint(m, i, 0.1m * i))];
        var chart = Context.Render<UptakeTrendChart>(p => p.Add(x => x.Points, points).Add(x => x.HrefFor, month => $"/x?m={month:yyyy-MM}"));

        var targets = chart.FindAll(".point-drill-target");
        var bottom = Number(targets[0], "y") + Number(targets[0], "height");
        // The line's markers: NHS blue ellipses on the plot (a point at 0% sits on its bottom edge).
        var pointXs = chart.FindAll("svg.line-svg ellipse")
            .Where(e => Number(e, "cy") <= bottom + 1 && string.Equals(e.GetAttribute("fill"), NhsChartColours.Blue, StringComparison.OrdinalIgnoreCase))
            .Select(e => Number(e, "cx")).Distinct().Order().ToList();
        Assert.Equal(points.Count, targets.Count);
        Assert.Equal(points.Count, pointXs.Count);
        for (var i = 0; i < targets.Count; i++) Assert.True(pointXs[i] >= Number(targets[i], "x") && pointXs[i] <= Number(targets[i], "x") + Number(targets[i], "width"),
            $"{i}: {string.Join(",", pointXs)} / {string.Join(",", targets.Select(t => t.GetAttribute("x") + "+" + t.GetAttribute("width")))}");
        Assert.Equal(chart.Find("svg.line-svg").GetAttribute("viewBox"), chart.Find("svg.chart-links").GetAttribute("viewBox"));
    }

    [Fact]
    public void The_month_the_uptake_lens_is_as_at_is_shaded_and_no_other()
    {
        IReadOnlyList<UptakePoint> points = [.. Months.Take(6).Select((m, i) => new UptakePoint(m, i, 0.1m * i))];
        var chart = Context.Render<UptakeTrendChart>(p => p.Add(x => x.Points, points).Add(x => x.HrefFor, month => $"/x?m={month:yyyy-MM}")
            .Add(x => x.SelectedMonth, Months[3]));

        Assert.Equal("/x?m=2008-07", Assert.Single(chart.FindAll(".point-drill-target.selected")).GetAttribute("data-href"));
    }
}
