using ShaOversight.Core.Features.Charts;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

// The composer's tables: headings repeated on each page, cells cut to their column, icons beside words.
public sealed partial class PdfComposer
{
    private const float TableTextSize = 7.5f;
    private const float LineHeight = TableTextSize + 2.5f;
    private const float IconSize = 16f;
    private const float IconIndent = IconSize + 4;
    private const float MinimumRowHeight = LineHeight + 5;

    /// <summary>
    /// Draws a table, breaking across pages and repeating its heading row on each. A cell's
    /// text is cut with an ellipsis rather than overflow its column; the downloads have it whole.
    /// </summary>
    /// <param name="cellIcon">An MDC icon to draw at the start of a cell, before its words (the icon's text alternative).</param>
    /// <param name="caption">The table's caption on the pack's web page; by default the heading it sits under.</param>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, Func<int, int, SKColor?>? cellColour = null,
        Func<int, int, SpcIconShape?>? cellIcon = null, string? caption = null)
    {
        if (_outline is not null)
        {
            var listed = rows.ToList();
            _outline.Table(caption, columns, listed, cellIcon);
            rows = listed;
        }
        const float size = TableTextSize;
        using var font = new SKFont(_regular, size);
        using var boldFont = new SKFont(_bold, size);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var rule = new SKPaint { Color = PaleGrey, StrokeWidth = 0.5f, IsAntialias = true };
        using var fill = new SKPaint { Color = PaleGrey };
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => c.Weight / total * ContentWidth).ToArray();

        var headerLines = columns.Select((c, i) => TextLayout.Wrap(c.Header, boldFont, widths[i] - 4).Take(3).ToList()).ToList();
        var headerHeight = headerLines.Max(l => l.Count) * (size + 2) + 6;

        void Header()
        {
            _canvas!.DrawRect(Margin, _y, ContentWidth, headerHeight, fill);
            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                var y = _y + size + 2;
                foreach (var line in headerLines[i])
                {
                    DrawCell(line, x, y, widths[i], columns[i].AlignRight, boldFont, ink);
                    y += size + 2;
                }
                x += widths[i];
            }
            _y += headerHeight;
        }

        EnsureSpace(headerHeight + MinimumRowHeight * 2);
        Header();
        var rowIndex = 0;
        foreach (var row in rows)
        {
            // A cell wraps onto up to three lines; only past that is it cut with an ellipsis.
            var icons = columns.Select((_, i) => cellIcon?.Invoke(rowIndex, i)).ToList();
            var cells = columns.Select((c, i) => TextLayout.CellLines(row[i], font, widths[i] - 4 - (icons[i] is null ? 0 : IconIndent))).ToList();
            var rowHeight = Math.Max(cells.Max(lines => lines.Count) * LineHeight + 5, icons.Any(icon => icon is not null) ? IconSize + 4 : 0);
            if (RemainingHeight < rowHeight)
            {
                NewPage();
                Header();
            }
            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                if (cellColour?.Invoke(rowIndex, i) is { } colour)
                {
                    using var shade = new SKPaint { Color = colour };
                    _canvas!.DrawRect(x, _y, widths[i], rowHeight, shade);
                }
                var baseline = _y + LineHeight + 1;
                var indent = 0f;
                if (icons[i] is { } icon)
                {
                    PackIcons.Draw(_canvas!, icon, SKRect.Create(x + 2, _y + 2, IconSize, IconSize));
                    indent = IconIndent;
                }
                foreach (var line in cells[i])
                {
                    DrawCell(line, x + indent, baseline, widths[i] - indent, columns[i].AlignRight, font, ink);
                    baseline += LineHeight;
                }
                x += widths[i];
            }
            _y += rowHeight;
            _canvas!.DrawLine(Margin, _y, Margin + ContentWidth, _y, rule);
            rowIndex++;
        }
        _y += 10;
    }
}
