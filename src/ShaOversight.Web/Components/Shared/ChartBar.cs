namespace ShaOversight.Web.Components.Shared;

/// <summary>A bar in a <see cref="CategoryBarChart"/>: what it is and its height.</summary>
public sealed record ChartBar(string Label, double Value);
