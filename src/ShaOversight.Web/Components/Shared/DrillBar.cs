namespace ShaOversight.Web.Components.Shared;

/// <summary>A bar in a <see cref="DrillBarChart"/>: what it is, its height, and where a click on it goes.</summary>
public sealed record DrillBar(string Label, double Value, string? Href = null);
