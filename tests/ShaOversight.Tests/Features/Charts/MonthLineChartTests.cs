using System.Xml.Linq;
using ScottPlot;
using ShaOversight.Core.Features.Charts;

namespace ShaOversight.Tests.Features.Charts;

/// <summary>The one month-line chart definition, read back from its plot and its SVG.</summary>
public sealed class MonthLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // 28 months, as the savings lens shows from December 2007 to March 2010.
    private static readonly IReadOnlyList<DateOnly> Months = [.. Enumerable.Range(0, 28).Select(i => new DateOnly(2007, 12, 1).AddMonths(i))];

    private static MonthLineChart Savings(DateOnly? selected = null) => MonthLineChart.Build(Months,
        [
            new LineSeries("Cumulative validated savings", [.. Months.Select((_, i) => i * 163_000.0)], LineLook.Measure),
            new LineSeries("Cumulative phased target", [.. Months.Select((_, i) => i * 181_000.0)], LineLook.Comparison),
        ],
        "£", ChartFormats.CompactMoney, fontSize: 14, selected);

    [Fact]
    public void Months_are_labelled_at_least_every_quarter_with_the_year_where_it_changes()
    {
        var chart = Savings();
        chart.ToSvg(560, 340, "Savings", "Summary");

        var labels = chart.Plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).Select(t => t.Label).ToList();
        Assert.True(labels.Count >= Months.Count / 3, $"{labels.Count} month labels for {Months.Count} months");
        Assert.Equal(["Jan\n2008", "Apr", "Jul", "Oct", "Jan\n2009"], labels.Take(5));
    }

    [Fact]
    public void Value_ticks_fall_at_round_steps_written_as_money()
    {
        var chart = Savings();
        chart.ToSvg(560, 340, "Savings", "Summary");

        var ticks = chart.Plot.Axes.Left.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).ToList();
        Assert.True(ticks.Count >= 3);
        Assert.True(RoundSteps.IsRound(ticks[1].Position - ticks[0].Position), $"step {ticks[1].Position - ticks[0].Position}");
        Assert.All(ticks, t => Assert.Matches(@"^£\d+(\.\d)?[km]?$", t.Label));
    }

    [Fact]
    public void Lines_differ_by_pattern_and_marker_not_only_by_colour_and_use_the_nhs_palette()
    {
        var lines = Savings().Plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToList();

        Assert.Equal(2, lines.Count);
        Assert.NotEqual(lines[0].LinePattern, lines[1].LinePattern);
        Assert.NotEqual(lines[0].MarkerShape, lines[1].MarkerShape);
        Assert.All(lines, l => Assert.Contains(l.Color.ToHex().ToUpperInvariant()[..7], NhsChartColours.Palette));
    }

    [Fact]
    public void A_chosen_month_is_marked_by_a_ringed_point_and_a_line_down_to_its_label()
    {
        var chart = Savings(selected: new DateOnly(2008, 6, 1));

        var marks = chart.Plot.GetPlottables<ScottPlot.Plottables.Marker>().ToList();
        Assert.Equal(2, marks.Count);
        Assert.All(marks, m => Assert.Equal(MonthAxis.X(new DateOnly(2008, 6, 1)), m.Location.X));
        Assert.Single(chart.Plot.GetPlottables<ScottPlot.Plottables.VerticalLine>());
    }

    [Fact]
    public void The_svg_is_an_image_with_a_title_and_points_are_found_where_they_are_drawn()
    {
        var chart = Savings();
        var svg = XDocument.Parse(chart.ToSvg(560, 340, "Savings", "From £0 to £4.4m."));

        Assert.Equal("img", svg.Root!.Attribute("role")!.Value);
        Assert.Equal("Savings", svg.Descendants(Svg + "title").First().Value);
        var pixels = chart.PointPixels();
        var (left, _, right, _) = chart.DataArea();
        Assert.Equal(Months.Count, pixels.Count);
        Assert.All(pixels, p => Assert.InRange(p.X, left, right));
        Assert.Equal(pixels.Select(p => p.X).Order(), pixels.Select(p => p.X));
    }
}
