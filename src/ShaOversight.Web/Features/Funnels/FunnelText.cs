using ShaOversight.Web.Components.Shared;

namespace ShaOversight.Web.Features.Funnels;

/// <summary>How the funnels' tables write a share and a pair of limits.</summary>
public static class FunnelText
{
    public static string Percent(double share) => share.ToString("0.0%", Formats.EnGb);

    public static string Range(double lower, double upper) => $"{Percent(lower)} to {Percent(upper)}";

    public static string Score(double score) => score.ToString("0.0", Formats.EnGb);

    public static string ScoreRange(double lower, double upper) => $"{Score(lower)} to {Score(upper)}";
}
