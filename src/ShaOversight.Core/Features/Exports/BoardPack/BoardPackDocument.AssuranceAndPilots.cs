using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Assessments;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Features.Pilots;
using ShaOversight.Core.Security;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>The pack's WCC assurance section and the pilots' latest commentary, with the colours their tables use.</summary>
public static partial class BoardPackDocument
{
    private static readonly SKColor Red = SKColor.Parse("#F6D4D1");
    private static readonly SKColor Amber = SKColor.Parse("#FCE3C1");
    private static readonly SKColor Green = SKColor.Parse("#D5EBD4");
    private static readonly SKColor DeepGreen = SKColor.Parse("#A9D5A6");

    private static void Assurance(PdfComposer pdf, BoardPackContent content)
    {
        var a = content.Assessments;
        pdf.NewPage();
        pdf.Heading($"{(content.Pct is null ? "3. " : "")}World Class Commissioning in {a.Sha.Name}, {a.Year.Label}");
        pdf.Paragraph("Scores run from 1 to 4, where 4 is world class. A dash is a score not given: it is left out of every mean, never counted as zero.", 9);
        // The heat map's own columns; a competency is headed by its number alone (C1), with the key below the table.
        var scores = new AssessmentScoresTable().ColumnsFor(a);
        pdf.TableFrom(
            [
                new(scores[AssessmentScoreColumns.Pct], 2.9f), .. a.Competencies.Select(c => new PackColumn<AssessmentScoreRow>(scores[AssessmentScoreColumns.Competency(c)], 0.45f, $"C{c.Number}")),
                new(scores[AssessmentScoreColumns.Strategy], 0.75f), new(scores[AssessmentScoreColumns.Finance], 0.75f), new(scores[AssessmentScoreColumns.Board], 0.65f),
                new(scores[AssessmentScoreColumns.Mean], 0.65f), new(scores[AssessmentScoreColumns.Movement], 0.8f),
            ],
            [.. a.Pcts.Select(AssessmentScoreRow.Of)],
            (row, column) =>
            {
                var p = a.Pcts[row];
                var competencies = a.Competencies.Count;
                if (column >= 1 && column <= competencies) return ScoreColour(p.Scores[column - 1]);
                return (column - competencies) switch
                {
                    1 => RagColour(p.Strategy),
                    2 => RagColour(p.Finance),
                    3 => RagColour(p.Board),
                    _ => null,
                };
            });
        pdf.Paragraph(string.Join("; ", a.Competencies.Select(c => $"C{c.Number} {c.Name}")) + ".", 7.5f, colour: PdfComposer.DarkGrey);
        var moved = a.Pcts.Where(p => p.Movement is not null).OrderByDescending(p => p.Movement).ToList();
        if (moved.Count == 0) return;
        // A bar a PCT stays readable up to about forty; past that the chart shows both ends and
        // the table above keeps every PCT's change.
        var title = $"Change in mean score since {a.Year.Previous.Label}";
        if (moved.Count > MaxBars)
        {
            moved = [.. moved.Take(MaxBars / 2), .. moved.TakeLast(MaxBars / 2)];
            title += $": the {MaxBars / 2} largest rises and {MaxBars / 2} smallest (every PCT is in the table above)";
        }
        var height = 40 + moved.Count * 11;
        pdf.Heading(title, 12, keepWithNext: height);
        pdf.Drawing(height, PackCharts.Bars("Change in mean score", [.. moved.Select(p => (p.Name, (double)p.Movement!.Value))]));
    }

    /// <summary>A PCT's scores against the medians, with the columns of its page's table.</summary>
    private static void RatingsTable(PdfComposer pdf, PctDashboard pct)
    {
        var table = new PctRatingsTable();
        var columns = table.ColumnsFor(pct);
        var rows = table.Show(pct, new TableRequest(pct.Year, pct.AsAt, Pct: pct.Pct.Code)).Rows;
        pdf.TableFrom([.. columns.Select(c => new PackColumn<CompetencyRatingRow>(c, c.Heading == "Name" ? 3.2f : 1))], rows,
            (row, column) => columns[column].Heading == PctRatingsTable.Score ? ScoreColour(rows[row].Score) : null);
    }

    private static void Pilots(PdfComposer pdf, BoardPackContent content)
    {
        pdf.NewPage();
        pdf.Heading($"{(content.Pct is null ? "4. " : "")}FESC pilots: status and latest commentary");
        var sha = content.Savings.Sha.Code;
        var pilots = content.Pilots.Pilots.OrderByDescending(p => p.ShaCode == sha).ThenBy(p => p.Name).ToList();
        var columns = new PilotsTable().ColumnsFor(content.Pilots);
        pdf.TableFrom(
            [
                new(columns[PilotsTable.Pilot], 3), new(columns[PilotsTable.Sha], 2), new(columns[PilotsTable.Rag], 0.8f),
                new(columns[PilotsTable.Complete], 1.1f), new(columns[PilotsTable.Late], 0.6f), new(columns[PilotsTable.NextMilestone], 3),
                new(columns[PilotsTable.NextPlanned], 1.2f),
            ],
            pilots,
            (row, column) => column == 2 ? RagColour(pilots[row].Rag) : null);
        foreach (var pilot in pilots)
        {
            pdf.Paragraph($"{pilot.Name} ({pilot.Rag}): {pilot.RagReason}", 10, bold: true);
            pdf.Paragraph(pilot.LatestCommentary is { } note
                ? $"{PackFormat.Date(note.WrittenOn)}, {note.Author}: {note.Text}"
                : "No commentary yet.", 9);
        }
    }

    private static SKColor? ScoreColour(int? score) => score switch
    {
        1 => Red,
        2 => Amber,
        3 => Green,
        4 => DeepGreen,
        _ => null,
    };

    private static SKColor? RagColour(Rag? rag) => rag switch
    {
        Rag.Red => Red,
        Rag.Amber => Amber,
        Rag.Green => Green,
        _ => null,
    };
}
