using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ShaOversight.Core.Features.Charts;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// The board pack as a web page: the PDF's own layout (<see cref="PackOutline"/>) written as
/// headings, paragraphs, captioned tables with header cells, and charts drawn by the same
/// definitions as SVG pictures with text alternatives. A print stylesheet starts each section
/// on a new sheet, as the PDF does, and marks demonstration data at the top.
/// </summary>
public static partial class BoardPackHtml
{
    private const int ChartWidth = (int)PdfComposer.ContentWidth;

    public static string Write(PackOutline outline, string title, string? watermark)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{E(title)}</title>\n<style>{Styles}</style>\n</head>\n<body>\n");
        if (watermark is not null) html.Append($"<header><p class=\"mark\">{E(watermark)}</p></header>\n");
        html.Append("<main>\n<section>\n");
        foreach (var block in outline.Blocks) Append(html, block);
        html.Append("</section>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Append(StringBuilder html, PackBlock block)
    {
        switch (block)
        {
            case PackHeading heading:
                html.Append($"<h{heading.Level}>{E(heading.Text)}</h{heading.Level}>\n");
                break;
            case PackParagraph paragraph:
                var text = paragraph.Bold ? $"<strong>{E(paragraph.Text)}</strong>" : E(paragraph.Text);
                html.Append(paragraph.Small ? $"<p class=\"small\">{text}</p>\n" : $"<p>{text}</p>\n");
                break;
            case PackNotice notice:
                html.Append($"<p class=\"notice\"><strong>{E(notice.Text)}</strong></p>\n");
                break;
            case PackTable table:
                AppendTable(html, table);
                break;
            case PackDrawing drawing:
                var alt = drawing.Description ?? $"Chart: {drawing.Caption}. Its figures are in this section's text and tables.";
                html.Append($"<figure>\n<img src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(Svg(drawing.Draw, ChartWidth, (int)drawing.Height)))}\" ")
                    .Append($"alt=\"{E(alt)}\" width=\"{ChartWidth}\" height=\"{(int)drawing.Height}\">\n<figcaption>{E(drawing.Caption)}</figcaption>\n</figure>\n");
                break;
            case PackPageBreak:
                html.Append("</section>\n<section class=\"sheet\">\n");
                break;
        }
    }

    private static void AppendTable(StringBuilder html, PackTable table)
    {
        html.Append($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{E(table.Caption)}\">\n<table>\n<caption>{E(table.Caption)}</caption>\n<thead><tr>");
        foreach (var column in table.Columns) html.Append($"<th scope=\"col\"{Align(column)}>{E(column.Header)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        for (var row = 0; row < table.Rows.Count; row++)
        {
            html.Append("<tr>");
            for (var column = 0; column < table.Columns.Count; column++)
            {
                // The first cell names the row, as a screen reader announces it with each figure.
                var cell = column == 0 ? "th scope=\"row\"" : "td";
                var icon = table.Icons[row][column] is { } shape ? Icon(shape) : "";
                html.Append($"<{cell}{Align(table.Columns[column])}>{icon}{E(table.Rows[row][column])}</{cell.Split(' ')[0]}>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static string Align(PdfColumn column) => column.AlignRight ? " class=\"num\"" : "";

    /// <summary>An MDC icon drawn by the pack's own icon painter; the cell's words beside it are its meaning, so the picture is decorative.</summary>
    private static string Icon(SpcIconShape shape) =>
        $"<img class=\"icon\" alt=\"\" width=\"20\" height=\"20\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(Svg((canvas, box) => PackIcons.Draw(canvas, shape, box), 100, 100)))}\">";

    /// <summary>Runs a pack drawing on Skia's SVG canvas: the same vectors the PDF gets, as SVG.</summary>
    private static string Svg(Action<SKCanvas, SKRect> draw, int width, int height)
    {
        using var stream = new MemoryStream();
        var box = SKRect.Create(width, height);
        using (var wrapper = new SKManagedWStream(stream))
        using (var canvas = SKSvgCanvas.Create(box, wrapper))
        {
            draw(canvas, box);
        }
        // Skia's SVG writer ends each glyph-position list with ", ", which browsers' SVG parsers refuse.
        return TrailingListSeparator().Replace(Encoding.UTF8.GetString(stream.ToArray()), "\"");
    }

    [GeneratedRegex(@",\s*""")]
    private static partial Regex TrailingListSeparator();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Styles = """
        body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; color: #212B32; background: #fff; margin: 0; line-height: 1.4; }
        main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 2rem; color: #005EB8; margin: .25rem 0 .5rem; }
        h2 { font-size: 1.4rem; color: #005EB8; margin: 1.5rem 0 .5rem; }
        h3 { font-size: 1.1rem; color: #005EB8; margin: 1rem 0 .35rem; }
        p { margin: .35rem 0; }
        .small { font-size: .9rem; }
        .notice { border: 2px solid #DA291C; color: #DA291C; padding: .5rem .75rem; }
        .mark { background: #FFEB3B; color: #212B32; font-weight: bold; text-align: center; margin: 0; padding: .25rem; }
        .table-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
        .table-scroll:focus-visible { outline: 3px solid #212B32; outline-offset: 2px; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #D8DDE0; padding: .3rem .4rem; text-align: left; vertical-align: top; }
        thead th { background: #E8EDEE; }
        tbody th { font-weight: normal; }
        .num { text-align: right; }
        .icon { vertical-align: middle; margin-right: .3rem; }
        figure { margin: .5rem 0 1rem; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-size: .9rem; color: #425563; }
        @media print {
            main { max-width: none; padding: 0; }
            .sheet { break-before: page; }
            h2, h3, caption { break-after: avoid; }
            tr, figure { break-inside: avoid; }
            thead { display: table-header-group; }
            .table-scroll { overflow: visible; }
            body { font-size: 10pt; }
        }
        """;
}
