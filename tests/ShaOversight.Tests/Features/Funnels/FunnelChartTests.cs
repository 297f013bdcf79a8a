using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Funnels;

namespace ShaOversight.Tests.Features.Funnels;

public sealed class FunnelChartTests
{
    [Fact]
    public void Labels_of_points_that_crowd_the_top_of_the_funnel_are_stacked_apart_with_leader_lines()
    {
        // Four SHAs above the limits, all near 100% and 20 PCTs: their names would print over one another.
        var curve = Enumerable.Range(1, 40).Select(n => BinomialFunnel.Limits(0.5, n)).ToList();
        FunnelChartPoint[] points =
        [
            new("NHS North East", 20, 1.0, FunnelPosition.Above998), new("NHS North West", 21, 0.99, FunnelPosition.Above998),
            new("NHS London", 20, 0.98, FunnelPosition.Above998), new("NHS South Central", 22, 0.97, FunnelPosition.Above998),
            new("NHS East Midlands", 30, 0.5, FunnelPosition.Within),
        ];

        var plot = FunnelChart.Build(new FunnelChartSpec(0.5, curve, points, "PCTs", "Share"), 720, 420);
        plot.RenderInMemory(720, 420);

        var labels = plot.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        Assert.Equal(4, labels.Count); // the SHA within the limits is left to the table
        var tops = labels.Select(l => plot.GetPixel(l.Location).Y + l.OffsetY).Order().ToArray();
        Assert.All(tops.Zip(tops.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 12.9, $"labels {pair.Second - pair.First:0.0} px apart"));
        Assert.NotEmpty(plot.GetPlottables<ScottPlot.Plottables.LinePlot>());
    }

    [Fact]
    public void A_caterpillar_names_only_the_viewers_own_point()
    {
        FunnelChartPoint[] points =
        [
            new("Hillingdon", 1, 20, FunnelPosition.Below998, Highlighted: true), new("Knowsley", 2, 90, FunnelPosition.Above998),
            new("Barnet", 3, 60, FunnelPosition.Within, InViewersRegion: true),
        ];
        var limits = points.Select(p => new FunnelLimits(p.Denominator, 40, 80, 30, 90)).ToList();

        var svg = FunnelChart.Svg(new FunnelChartSpec(60, limits, points, "Rank", "Composite") { Scale = FunnelScale.Score, LabelOutside = false });

        Assert.Contains("Hillingdon", svg);
        Assert.DoesNotContain("Knowsley", svg);
        Assert.Contains("Your region", svg);
    }
}
