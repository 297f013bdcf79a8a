using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// Declares a PDF's language (/Lang) and asks readers to show its title rather than its file name
/// (/DisplayDocTitle), as PDF/UA asks. SkiaSharp 3.119's PDF metadata has a title but no language,
/// and no structure tagging at all, so the catalogue is amended afterwards by a standard PDF
/// incremental update: a new version of the catalogue object appended after the file's end.
/// </summary>
public static partial class PdfLanguage
{
    public static byte[] Declare(byte[] pdf, string language)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var root = RootReference().Match(trailer);
        var previous = StartXref().Matches(text)[^1];
        var size = Size().Match(trailer);
        if (!root.Success || !size.Success) return pdf;
        var catalogue = Regex.Match(text, $@"(?<![0-9]){root.Groups[1].Value} 0 obj\s*(<<.*?>>)\s*endobj", RegexOptions.Singleline);
        if (!catalogue.Success) return pdf;

        var dictionary = catalogue.Groups[1].Value;
        var amended = dictionary[..^2] + $" /Lang ({language}) /ViewerPreferences <</DisplayDocTitle true>>>>";
        var update = new StringBuilder("\n");
        var objectAt = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{root.Groups[1].Value} 0 obj\n{amended}\nendobj\n");
        var xrefAt = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n{root.Groups[1].Value} 1\n{objectAt:D10} 00000 n \n");
        var info = InfoReference().Match(trailer);
        update.Append(CultureInfo.InvariantCulture,
            $"trailer\n<</Size {size.Groups[1].Value} /Root {root.Groups[1].Value} 0 R{(info.Success ? $" /Info {info.Groups[1].Value} 0 R" : "")} /Prev {previous.Groups[1].Value}>>\n");
        update.Append(CultureInfo.InvariantCulture, $"startxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    [GeneratedRegex(@"/Root (\d+) 0 R")]
    private static partial Regex RootReference();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Size (\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
