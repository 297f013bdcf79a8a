using ShaOversight.Core.Spc;

namespace ShaOversight.Web.Components.Spc;

/// <summary>A line of a lens's icon summary. Without a monthly series there are no icons, and the row says why.</summary>
public sealed record IconSummaryRow(string Metric, string Latest, string Target, XmrResult? Spc, string? WhyNoIcons = null);
