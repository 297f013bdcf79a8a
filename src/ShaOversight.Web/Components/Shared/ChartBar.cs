namespace ShaOversight.Web.Components.Shared;

/// <summary>A bar in a <see cref="CategoryBarChart"/>: what it is, its height, and where a click on it goes.</summary>
public sealed record ChartBar(string Label, double Value, string? Href = null);
