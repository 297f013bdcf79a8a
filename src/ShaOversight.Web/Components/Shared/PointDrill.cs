namespace ShaOversight.Web.Components.Shared;

/// <summary>A point on a line chart that drills: its label (for the pointer tooltip), where a click goes, and whether the page shows it now.</summary>
public sealed record PointLink(string Label, string Href, bool IsSelected = false);

/// <summary>A transparent hit target over one point: the band of the plot area closest to that point.</summary>
public sealed record PointTarget(double X, double Y, double Width, double Height, PointLink Link);

/// <summary>
/// Hit targets over a line chart's points (the SPC chart's and the month line charts'): each
/// target is the full height of the plot and as wide as the gap between points, so a click
/// anywhere in a month's column opens that month.
/// </summary>
public static class PointTargetLayout
{
    /// <summary>
    /// A band per point, from halfway to the point before to halfway to the point after, over
    /// the plot's full height, for points drawn at the given x positions in time order.
    /// </summary>
    public static IReadOnlyList<PointTarget> Columns(IReadOnlyList<PointLink> links, IReadOnlyList<double> xs, double plotLeft, double plotRight, double plotTop, double plotBottom)
    {
        if (links.Count == 0) return [];
        // A single point gets the whole plot rather than a zero-width band.
        if (links.Count == 1) return [new PointTarget(plotLeft, plotTop, plotRight - plotLeft, plotBottom - plotTop, links[0])];
        return links.Select((link, index) =>
        {
            var left = index == 0 ? plotLeft : (xs[index - 1] + xs[index]) / 2;
            var right = index == links.Count - 1 ? plotRight : (xs[index] + xs[index + 1]) / 2;
            return new PointTarget(left, plotTop, right - left, plotBottom - plotTop, link);
        }).ToList();
    }
}
