using ShaOversight.Core.Features.Charts;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>Draws a Making Data Count icon onto the pack's canvas from the same geometry the web draws as SVG.</summary>
public static class PackIcons
{
    public static void Draw(SKCanvas canvas, SpcIconShape icon, SKRect box)
    {
        var scale = Math.Min(box.Width, box.Height) / 100f;
        canvas.Save();
        canvas.Translate(box.Left, box.Top);
        canvas.Scale(scale);
        var colour = SKColor.Parse(icon.Colour);
        using (var fill = new SKPaint { Color = SKColors.White, IsAntialias = true })
            canvas.DrawCircle(SpcIconShape.Centre, SpcIconShape.Centre, SpcIconShape.Radius, fill);
        using (var ring = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = SpcIconShape.RingWidth })
            canvas.DrawCircle(SpcIconShape.Centre, SpcIconShape.Centre, SpcIconShape.Radius, ring);
        foreach (var dot in icon.Dots)
        {
            using var paint = new SKPaint { Color = SKColor.Parse(dot.Colour), IsAntialias = true };
            canvas.DrawCircle(dot.X, dot.Y, SpcIconShape.DotRadius, paint);
        }
        if (icon.TargetLine)
        {
            using var target = new SKPaint { Color = SKColor.Parse(MdcColours.Target), IsAntialias = true, StrokeWidth = 4, Style = SKPaintStyle.Stroke };
            target.PathEffect = SKPathEffect.CreateDash([8, 5], 0);
            canvas.DrawLine(SpcIconShape.TargetFrom, SpcIconShape.TargetY, SpcIconShape.TargetTo, SpcIconShape.TargetY, target);
        }
        if (icon.Letter is { } letter)
        {
            using var font = new SKFont(PdfComposer.Typeface(SKFontStyle.Bold), SpcIconShape.LetterSize);
            using var ink = new SKPaint { Color = colour, IsAntialias = true };
            canvas.DrawText(letter, SpcIconShape.Centre, icon.LetterBaseline, SKTextAlign.Center, font, ink);
        }
        canvas.Restore();
    }
}
