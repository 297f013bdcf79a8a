namespace ShaOversight.Web.Components.Shared;

/// <summary>A bar in a <see cref="CategoryBarChart"/>: what it is, its length, where a click on it goes, and whether the page shows it now.</summary>
public sealed record ChartBar(string Label, double Value, string? Href = null, bool IsSelected = false);
