using ShaOversight.Core.Features.Charts;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>A column of a table drawn in the PDF: its heading, its share of the width, and its alignment.</summary>
public sealed record PdfColumn(string Header, float Weight, bool AlignRight = false);

/// <summary>
/// Lays text, tables and charts down A4 pages of a Skia PDF document, top to bottom, starting a
/// new page when the next block will not fit. Everything is drawn as vectors and real text, so
/// the pack prints sharply and its words can be searched and read by a screen reader.
/// </summary>
public sealed partial class PdfComposer : IDisposable
{
    public const float PageWidth = 595f;   // A4 in points
    public const float PageHeight = 842f;
    public const float Margin = 42f;
    public const float ContentWidth = PageWidth - 2 * Margin;
    private const float FooterHeight = 28f;

    public static readonly SKColor NhsBlue = SKColor.Parse("#005EB8");
    public static readonly SKColor DarkGrey = SKColor.Parse("#425563");
    public static readonly SKColor PaleGrey = SKColor.Parse("#E8EDEE");
    public static readonly SKColor Warning = SKColor.Parse("#DA291C");

    private readonly SKDocument _document;
    private readonly Func<int, string> _footer;
    private readonly string? _watermark;
    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;
    private SKCanvas? _canvas;
    private float _y;

    private readonly int? _totalPages;
    private readonly PackOutline? _outline;

    /// <param name="totalPages">The page count from a first run, for "Page 3 of 8"; null on that first run.</param>
    /// <param name="outline">Records every block as it is laid out, for the pack's web page.</param>
    public PdfComposer(Stream output, SKDocumentPdfMetadata metadata, int? totalPages, Func<int, string> footer, string? watermark, PackOutline? outline = null)
    {
        _totalPages = totalPages;
        _outline = outline;
        _document = SKDocument.CreatePdf(output, metadata) ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        _footer = footer;
        _watermark = watermark;
        _regular = Typeface(SKFontStyle.Normal);
        _bold = Typeface(SKFontStyle.Bold);
    }

    public const string FontFamily = "Liberation Sans";

    public int Pages { get; private set; }

    /// <summary>The system's Liberation Sans (metric-compatible with Arial, the NHS fallback), or Skia's default if it is missing.</summary>
    public static SKTypeface Typeface(SKFontStyle style) =>
        SKFontManager.Default.MatchFamily(FontFamily, style) ?? SKTypeface.FromFamilyName(FontFamily, style) ?? SKTypeface.Default;


    public float RemainingHeight => PageHeight - Margin - FooterHeight - _y;

    public void NewPage()
    {
        _outline?.PageBreak();
        EndPage();
        Pages++;
        _canvas = _document.BeginPage(PageWidth, PageHeight);
        _y = Margin;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void EnsureSpace(float height)
    {
        if (_canvas is null || RemainingHeight < height) NewPage();
    }

    /// <param name="keepWithNext">Space the block after the heading needs, so a heading never ends a page alone.</param>
    public void Heading(string text, float size = 18, float keepWithNext = 40)
    {
        EnsureSpace(size * 3 + keepWithNext);
        _outline?.Heading(text, size);
        _y += size * 0.4f;
        DrawParagraph(text, size, bold: true, NhsBlue);
        _y += size * 0.2f;
    }

    public void Paragraph(string text, float size = 10, bool bold = false, SKColor? colour = null)
    {
        _outline?.Paragraph(text, size, bold);
        DrawParagraph(text, size, bold, colour);
    }

    private void DrawParagraph(string text, float size, bool bold, SKColor? colour)
    {
        using var font = new SKFont(bold ? _bold : _regular, size);
        using var paint = new SKPaint { Color = colour ?? SKColors.Black, IsAntialias = true };
        foreach (var line in TextLayout.Wrap(text, font, ContentWidth))
        {
            EnsureSpace(size * 1.4f);
            _y += size * 1.25f;
            _canvas!.DrawText(line, Margin, _y, SKTextAlign.Left, font, paint);
        }
        _y += size * 0.5f;
    }

    /// <summary>A boxed notice, for the demonstration-data mark on the cover.</summary>
    public void Notice(string text, SKColor colour)
    {
        _outline?.Notice(text);
        using var font = new SKFont(_bold, 11);
        var lines = TextLayout.Wrap(text, font, ContentWidth - 16).ToList();
        var height = lines.Count * 14 + 12;
        EnsureSpace(height + 8);
        using var border = new SKPaint { Color = colour, IsStroke = true, StrokeWidth = 1.5f, IsAntialias = true };
        using var ink = new SKPaint { Color = colour, IsAntialias = true };
        _canvas!.DrawRect(Margin, _y, ContentWidth, height, border);
        var y = _y + 6;
        foreach (var line in lines)
        {
            y += 14;
            _canvas.DrawText(line, Margin + 8, y - 3, SKTextAlign.Left, font, ink);
        }
        _y += height + 10;
    }

    /// <summary>Gives a drawing callback a box of the content width at the cursor, on this page or the next.</summary>
    /// <param name="description">The chart in words: its text alternative on the pack's web page.</param>
    public void Drawing(float height, Action<SKCanvas, SKRect> draw, string? description = null)
    {
        EnsureSpace(height);
        _outline?.Drawing(height, draw, description);
        // The pass that only counts pages (no total yet) needs the drawing's height, not the
        // drawing: rendering every chart twice would double the pack's time for nothing.
        if (_totalPages is null)
        {
            _y += height + 8;
            return;
        }
        var box = SKRect.Create(Margin, _y, ContentWidth, height);
        _canvas!.Save();
        // Chart libraries clear their background; the clip keeps that to the chart's own box.
        _canvas.ClipRect(box);
        draw(_canvas, box);
        _canvas.Restore();
        _y += height + 8;
    }

    public void Close()
    {
        EndPage();
        _document.Close();
    }

    public void Dispose()
    {
        _document.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }

    private void EndPage()
    {
        if (_canvas is null) return;
        using var font = new SKFont(_regular, 8);
        using var paint = new SKPaint { Color = DarkGrey, IsAntialias = true };
        // Drawn last, so no chart's white background can hide it.
        if (_watermark is not null) DrawWatermark(_canvas, _watermark);
        var footerY = PageHeight - Margin / 2;
        _canvas.DrawText(_footer(Pages), Margin, footerY, SKTextAlign.Left, font, paint);
        _canvas.DrawText(_totalPages is { } total ? $"Page {Pages} of {total}" : $"Page {Pages}", PageWidth - Margin, footerY, SKTextAlign.Right, font, paint);
        _document.EndPage();
        _canvas = null;
    }

    private void DrawWatermark(SKCanvas canvas, string text)
    {
        using var font = new SKFont(_bold, 54);
        using var paint = new SKPaint { Color = Warning.WithAlpha(22), IsAntialias = true };
        canvas.Save();
        canvas.RotateDegrees(-35, PageWidth / 2, PageHeight / 2);
        canvas.DrawText(text, PageWidth / 2, PageHeight / 2, SKTextAlign.Center, font, paint);
        canvas.Restore();
    }

    /// <summary>Draws one cell's text, cut to fit: nothing is clipped, so it must fit before it is drawn.</summary>
    private void DrawCell(string text, float x, float baseline, float width, bool alignRight, SKFont font, SKPaint paint) =>
        _canvas!.DrawText(TextLayout.Fit(text, font, width - 4), alignRight ? x + width - 2 : x + 2, baseline,
            alignRight ? SKTextAlign.Right : SKTextAlign.Left, font, paint);
}
