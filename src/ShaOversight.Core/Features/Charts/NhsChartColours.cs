namespace ShaOversight.Core.Features.Charts;

/// <summary>
/// The NHS palette the bar and line charts draw with, at most four colours, for page and pack alike.
/// No chart leans on colour alone: a chosen bar is also marked and its value bold, and lines differ
/// by pattern and marker as well as colour.
/// </summary>
public static class NhsChartColours
{
    public const string Blue = "#005EB8";
    public const string DarkGrey = "#425563";
    /// <summary>The chosen bar or point: warm yellow, ringed in the text colour so it stands out without colour too.</summary>
    public const string Highlight = "#FFB81C";
    public const string Text = "#212B32";
    public const string Grid = "#E8EDEE";

    /// <summary>Every colour a bar or line chart may fill or stroke data with.</summary>
    public static readonly IReadOnlyList<string> Palette = [Blue, DarkGrey, Highlight, Text];
}
