using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>Fitting text to widths, measured in the font it will be drawn in.</summary>
public static class TextLayout
{
    /// <summary>A table cell's text wrapped to its width: at most three lines, the last marked when cut.</summary>
    public static List<string> CellLines(string text, SKFont font, float width)
    {
        var lines = Wrap(text, font, width).ToList();
        if (lines.Count <= 3) return lines;
        return [lines[0], lines[1], lines[2] + "…"];
    }

    /// <summary>One line cut to fit, with an ellipsis: nothing is clipped, so it must fit before it is drawn.</summary>
    public static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width) return text;
        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width) cut = cut[..^1];
        return cut.TrimEnd() + "…";
    }

    /// <summary>Breaks text into lines no wider than the width, at spaces, keeping its own line breaks.</summary>
    public static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
            }
            yield return line;
        }
    }
}
