using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Spc;
using Xunit.Abstractions;

namespace ShaOversight.Tests.Features.Charts;

public sealed class SpcChartTests(ITestOutputHelper output)
{
    private static XmrResult Series(ImprovementDirection direction, params decimal[] values) =>
        XmrAnalysis.Analyse(values.Select((v, i) => (new DateOnly(2008, 4, 1).AddMonths(i), v)).ToList(), direction, target: 90);

    [Fact]
    public void Dump()
    {
        var chart = SpcChart.Build(Series(ImprovementDirection.Up, 80, 82, 79, 81, 80, 83, 79, 81, 80, 82, 140, 80, 81), "% of target", v => $"{v:0}%", 14);
        var svg = chart.ToSvg(900, 340);
        output.WriteLine(svg);
        output.WriteLine(string.Join(";", chart.PointPixels()));
        output.WriteLine(chart.DataArea().ToString());
    }
}
