using ShaOversight.Core.Features.Charts;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>A block of the pack as the composer laid it out, for the pack's web page.</summary>
public abstract record PackBlock;

/// <param name="Level">1 for the pack's title, 2 for a section, 3 below that.</param>
public sealed record PackHeading(string Text, int Level) : PackBlock;

public sealed record PackParagraph(string Text, bool Bold, bool Small) : PackBlock;

public sealed record PackNotice(string Text) : PackBlock;

/// <param name="Icons">The MDC icon drawn at the start of each cell, if any, row by row.</param>
public sealed record PackTable(string Caption, IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<IReadOnlyList<SpcIconShape?>> Icons) : PackBlock;

/// <param name="Caption">The heading the chart sits under.</param>
/// <param name="Description">The chart's text alternative when its section gives one; otherwise the page writes one from the caption.</param>
public sealed record PackDrawing(string Caption, string? Description, float Height, Action<SKCanvas, SKRect> Draw) : PackBlock;

/// <summary>Where the PDF starts a new page: a new section on paper.</summary>
public sealed record PackPageBreak : PackBlock;

/// <summary>
/// Everything the composer lays out, recorded block by block as it goes, so the web page is the
/// same pack as the PDF: the same sections, words, tables and chart definitions, in the same order.
/// </summary>
public sealed class PackOutline
{
    private readonly List<PackBlock> _blocks = [];
    private string _lastHeading = "";
    private bool _headingUsed;

    public IReadOnlyList<PackBlock> Blocks => _blocks;

    internal void PageBreak()
    {
        if (_blocks.Count > 0 && _blocks[^1] is not PackPageBreak) _blocks.Add(new PackPageBreak());
    }

    internal void Heading(string text, float size)
    {
        _blocks.Add(new PackHeading(text, size >= 20 ? 1 : size >= 14 ? 2 : 3));
        (_lastHeading, _headingUsed) = (text, false);
    }

    internal void Paragraph(string text, float size, bool bold) => _blocks.Add(new PackParagraph(text, bold, size < 10));

    internal void Notice(string text) => _blocks.Add(new PackNotice(text));

    internal void Table(string? caption, IReadOnlyList<PdfColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, Func<int, int, SpcIconShape?>? cellIcon) =>
        _blocks.Add(new PackTable(caption ?? Caption(string.Join(", ", columns.Select(c => c.Header))), columns, rows,
            [.. rows.Select((_, row) => (IReadOnlyList<SpcIconShape?>)[.. columns.Select((_, column) => cellIcon?.Invoke(row, column))])]));

    internal void Drawing(float height, Action<SKCanvas, SKRect> draw, string? description) =>
        _blocks.Add(new PackDrawing(Caption("Chart"), description, height, draw));

    /// <summary>
    /// The heading a table or chart sits under names it; a second one under the same heading is
    /// named by what it holds, with the heading after it.
    /// </summary>
    private string Caption(string what)
    {
        if (!_headingUsed && _lastHeading.Length > 0)
        {
            _headingUsed = true;
            return _lastHeading;
        }
        return _lastHeading.Length == 0 ? what : $"{what} ({_lastHeading})";
    }
}
