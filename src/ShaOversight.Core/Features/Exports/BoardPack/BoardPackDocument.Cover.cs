using ShaOversight.Core.Features.Board;
using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Features.Summaries;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// The pack's cover: what the pack is, then the board summary the landing pages open with, read
/// from the same <see cref="BoardSummary"/>, so paper and screen give the board the same answer.
/// </summary>
public static partial class BoardPackDocument
{
    private static void Cover(PdfComposer pdf, BoardPackContent content, string subject, string generated)
    {
        pdf.NewPage();
        pdf.Paragraph("ShaOversight board pack", 11, bold: true, PdfComposer.DarkGrey);
        pdf.Heading(subject, 26);
        if (content.Pct is { } pct) pdf.Paragraph($"A primary care trust in {pct.Region.Name} ({pct.Region.Code})", 12);
        pdf.Paragraph("FESC uptake, contract savings and World Class Commissioning assurance", 12);
        pdf.Paragraph($"Financial year {content.Year.Label}, figures as at {PackFormat.Date(content.AsAt)}", 12, bold: true);
        pdf.Paragraph($"{generated} for {content.GeneratedFor}.", 9, colour: PdfComposer.DarkGrey);
        if (content.Origin.IsDemonstration)
        {
            pdf.Notice($"Demonstration data. {content.Origin.Description} These figures are not real NHS returns.", PdfComposer.Warning);
        }

        var summary = content.Summary;
        pdf.Heading("Summary: is commissioning getting better, and is the money paying back?", 14);
        pdf.Paragraph($"{SummaryIntroduction} Changes are against {PackFormat.Date(summary.YearEarlier)}.", 9);
        foreach (var tile in summary.Tiles)
        {
            pdf.Heading(tile.Title, 11, keepWithNext: 60);
            pdf.Paragraph(tile.Sentence, 9);
            if (tile.Figures.Count == 0) continue;
            // The icons are drawn with their words beside them: the words are the icons' text alternative.
            var rows = tile.Figures.Select(CoverRow).ToList();
            pdf.Table(
                [new("Measure", 3f), new("Now", 0.9f, true), new("A year earlier", 1.3f, true), new("Change", 0.9f, true), new("Variation", 2.2f), new("Assurance", 2.2f)],
                rows.Select(r => r.Cells),
                cellIcon: (row, column) => column switch { 4 => rows[row].Variation, 5 => rows[row].Assurance, _ => null });
        }
    }

    /// <summary>The pack's title, in the PDF's metadata and as the web page's title.</summary>
    public static string Title(BoardPackContent content) =>
        $"Board pack: {content.Pct?.Pct.Name ?? content.Savings.Sha.Name}, {content.Year.Label}";

    /// <summary>How to read the summary, in the same words on the page and on paper.</summary>
    public const string SummaryIntroduction =
        "Boards read the icons first: variation says whether the latest month is unusual, assurance whether the target will be met.";

    private sealed record CoverLine(IReadOnlyList<string> Cells, SpcIconShape? Variation = null, SpcIconShape? Assurance = null);

    private static CoverLine CoverRow(BoardFigure figure)
    {
        var m = figure.Now;
        var target = m.Target is null ? "" : $" (target {PackFormat.Measure(m.Target, m.Unit)})";
        IReadOnlyList<string> cells =
        [
            m.Metric + target, PackFormat.Measure(m.Latest, m.Unit),
            figure.YearEarlier is null ? figure.WhyNoChange ?? PackFormat.NoValue : PackFormat.Measure(figure.YearEarlier, m.Unit),
            PackFormat.Change(figure.Change, m.Unit),
            m.Spc is { } spc ? Spc.IconWords.Of(spc.Variation) : m.WhyNoIcons ?? PackFormat.NoValue,
            m.Spc is { } assured ? Spc.IconWords.Of(assured.Assurance) : PackFormat.NoValue,
        ];
        return m.Spc is { } icons ? new CoverLine(cells, SpcIconShape.Of(icons.Variation), SpcIconShape.Of(icons.Assurance)) : new CoverLine(cells);
    }
}
