namespace ShaOversight.Web.Components.Shared;

/// <summary>A point on a line chart that drills: its label (for the pointer tooltip), where a click goes, and whether the page shows it now.</summary>
public sealed record PointLink(string Label, string Href, bool IsSelected = false);

/// <summary>A transparent hit target over one point: the band of the plot area closest to that point.</summary>
public sealed record PointTarget(double X, double Y, double Width, double Height, PointLink Link);

/// <summary>
/// Where MudBlazor 9.12 draws a line chart's points, so our own hit targets can sit over them.
/// Its axis charts draw in a fixed 700×350 viewBox, whatever size the chart is shown at, with
/// the plot area from x 30 to 670 and y 25 to 320, and points evenly spaced across it
/// (PointTargetLayoutTests checks this against a real MudChart, so an upgrade that moves them fails a test).
/// Each target is the full height of the plot and as wide as the gap between points, so a
/// click anywhere in a month's column opens that month: the y scale never has to be known.
/// </summary>
public static class PointTargetLayout
{
    public const double PlotLeft = 30;
    public const double PlotRight = 670;
    public const double PlotTop = 25;
    public const double PlotBottom = 320;

    public static IReadOnlyList<PointTarget> For(IReadOnlyList<PointLink> links)
    {
        if (links.Count == 0) return [];
        // A single point sits at the left edge; give it the whole plot rather than a zero-width band.
        if (links.Count == 1) return [new PointTarget(PlotLeft, PlotTop, PlotRight - PlotLeft, PlotBottom - PlotTop, links[0])];
        var spacing = (PlotRight - PlotLeft) / (links.Count - 1);
        return links.Select((link, index) =>
        {
            var centre = PlotLeft + index * spacing;
            var left = Math.Max(PlotLeft, centre - spacing / 2);
            var right = Math.Min(PlotRight, centre + spacing / 2);
            return new PointTarget(left, PlotTop, right - left, PlotBottom - PlotTop, link);
        }).ToList();
    }
}
