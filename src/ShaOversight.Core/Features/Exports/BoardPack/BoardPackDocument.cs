using ShaOversight.Core.Features.Charts;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Pcts;
using ShaOversight.Core.Security;
using ShaOversight.Core.Features.Uptake;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Spc;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>
/// Draws a pack: a cover with the icon summary, then each lens (uptake, savings, assurance)
/// with its charts and tables, then the pilots' latest commentary. A PCT's pack puts the PCT's
/// own figures first and the region's totals after them.
/// </summary>
public static partial class BoardPackDocument
{
    private const int MaxBars = 40;

    /// <summary>
    /// Writes the PDF and returns its page count. Pages go out as they are drawn, so the layout
    /// is run once into nothing to count them, then again for real, for "Page 3 of 8".
    /// </summary>
    public static int Write(BoardPackContent content, Stream output) => Write(content, output, Write(content, Stream.Null, null));

    /// <summary>The pack laid out block by block, without drawing it, for its web page (<see cref="BoardPackHtml"/>).</summary>
    public static PackOutline Outline(BoardPackContent content)
    {
        var outline = new PackOutline();
        Write(content, Stream.Null, null, outline);
        return outline;
    }

    private static int Write(BoardPackContent content, Stream output, int? totalPages, PackOutline? outline = null)
    {
        var subject = content.Pct?.Pct.Name ?? content.Savings.Sha.Name;
        var generated = $"Generated {content.GeneratedAt.UtcDateTime:dd/MM/yyyy HH:mm} UTC";
        var demonstration = content.Origin.IsDemonstration;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = Title(content),
            Author = "ShaOversight",
            Subject = $"Figures as at {PackFormat.Date(content.AsAt)}",
            Creator = "ShaOversight",
            Creation = content.GeneratedAt.UtcDateTime,
            Modified = content.GeneratedAt.UtcDateTime,
        };
        using var pdf = new PdfComposer(output, metadata, totalPages,
            page => $"{subject} board pack, {content.Year.Label}, as at {PackFormat.Date(content.AsAt)}. {generated}."
                + (demonstration ? " DEMONSTRATION DATA." : ""),
            demonstration ? "DEMONSTRATION DATA" : null, outline);

        Cover(pdf, content, subject, generated);
        if (content.Pct is not null) PctSections(pdf, content);
        Uptake(pdf, content);
        Savings(pdf, content);
        Assurance(pdf, content);
        Pilots(pdf, content);
        Funnels(pdf, content);
        pdf.Close();
        return pdf.Pages;
    }

    private static void PctSections(PdfComposer pdf, BoardPackContent content)
    {
        var pct = content.Pct!;
        pdf.NewPage();
        pdf.Heading($"{pct.Pct.Name}: its own figures");
        if (!pct.ShowsOwnData)
        {
            pdf.Paragraph("This pack was asked for by a user who sees this PCT's published ratings only; its contracts and returns are left out.", 10);
        }
        else
        {
            pdf.Heading("FESC journey", 13);
            var journey = PctJourneyTable.Columns;
            pdf.Table(pct.StageHistory, (journey[PctJourneyTable.Stage], 2), (journey[PctJourneyTable.On], 1), (journey[PctJourneyTable.Note], 4));
            pdf.Heading("Contracts serving this PCT", 13);
            var m = pct.Savings;
            pdf.Paragraph($"Validated {PackFormat.Money(m.ValidatedToDate)} against a phased target to date of {PackFormat.Money(m.TargetToDate)} "
                + $"({PackFormat.Percent(m.Achievement)}). Fees paid to date {PackFormat.Money(m.FeesToDate)}; return on fees {PackFormat.Number(m.ReturnOnFees, "0.0")}×.", 10);
            ContractsTable(pdf, pct.Contracts);
        }
        pdf.Heading($"World Class Commissioning, {pct.Year.Label}", 13);
        var r = pct.Ratings;
        pdf.Paragraph($"Governance: strategy {r.Strategy?.ToString() ?? "–"}, finance {r.Finance?.ToString() ?? "–"}, board {r.Board?.ToString() ?? "–"}.", 10);
        var rated = r.Competencies.Select((c, i) => (c, i)).Where(x => r.Scores[x.i] is not null).ToList();
        if (rated.Count > 0)
        {
            pdf.Drawing(220, PackCharts.Bars("Score (1 to 4)", [.. rated.Select(x => ($"C{x.c.Number} {x.c.Name}", (double)r.Scores[x.i]!.Value))], scale: (0, 4)));
        }
        RatingsTable(pdf, pct);
    }

    private static void Uptake(PdfComposer pdf, BoardPackContent content)
    {
        var uptake = content.Uptake;
        pdf.NewPage();
        pdf.Heading($"{(content.Pct is null ? "1. " : "")}FESC uptake in {uptake.Sha.Name}");
        pdf.Paragraph($"{PackFormat.Count(uptake.PctsWithContractAwarded)} of {PackFormat.Count(uptake.PctCount)} PCTs and care trusts "
            + $"({PackFormat.Percent(uptake.Share)}) had a FESC contract awarded by {PackFormat.Date(uptake.AsAt)}.", 10);
        pdf.Heading("Pipeline by stage", 12, keepWithNext: 190);
        pdf.Drawing(190, PackCharts.Bars("Buyers", [.. uptake.Pipeline.Select(p => (FescStageNames.Of(p.Stage), (double)p.Buyers))]));
        // Cumulative, so a plain line without process limits (docs/spc.md).
        pdf.Heading("Share of PCTs with a contract awarded, month by month", 12, keepWithNext: 200);
        pdf.Drawing(200, PackCharts.Lines("% of PCTs", [.. uptake.OverTime.Select(p => p.Month)],
            ("PCTs with a contract awarded (%)", [.. uptake.OverTime.Select(p => (double)((p.Share ?? 0) * 100))], false)));
        CountsTable(pdf, new UptakeListsTable(), uptake, uptake.ByList);
        CountsTable(pdf, new UptakeAreasTable(), uptake, uptake.ByServiceArea);
        if (uptake.View == RegionView.Full && content.Pct is null)
        {
            pdf.Heading("Buyers: stage and days in it", 12);
            var buyers = UptakeBuyersTable.Columns;
            pdf.Table(uptake.Buyers.OrderByDescending(b => b.IsStalled).ThenByDescending(b => b.DaysInStage),
                (buyers[UptakeBuyersTable.Buyer], 3.6f), (buyers["Stage"], 2.2f), (buyers["In stage since"], 1.3f), (buyers["Days in stage"], 1f),
                (buyers[UptakeBuyersTable.Stalled], 0.8f));
        }
    }

    private static void CountsTable(PdfComposer pdf, UptakeCountsTable table, RegionUptake uptake, IEnumerable<NamedCount> counts)
    {
        var columns = table.ColumnsFor(uptake);
        pdf.Table(counts, (columns[table.Category], 3), (columns[UptakeCountsTable.Contracts], 1));
    }

    /// <summary>The recalculations and the numbered annotations, under the chart that draws them.</summary>
    private static void SpcNotesLines(PdfComposer pdf, SpcNotes.SeriesNotes notes)
    {
        foreach (var recalculation in notes.Recalculations) pdf.Paragraph(recalculation.Describe(), 9);
        for (var i = 0; i < notes.Annotations.Count; i++) pdf.Paragraph($"({i + 1}) {notes.Annotations[i].Describe()}", 9);
    }

    private static void Savings(PdfComposer pdf, BoardPackContent content)
    {
        var savings = content.Savings;
        var total = savings.Total;
        pdf.NewPage();
        pdf.Heading($"{(content.Pct is null ? "2. " : "")}Contract savings in {savings.Sha.Name}");
        pdf.Paragraph($"Validated savings to date {PackFormat.Money(total.ValidatedToDate)} against a phased target of {PackFormat.Money(total.TargetToDate)} "
            + $"({PackFormat.Percent(total.Achievement)}{(savings.Rating is { } rag ? $", {rag}" : "")}). Claimed {PackFormat.Money(total.ClaimedToDate)}; "
            + $"fees paid {PackFormat.Money(total.FeesToDate)}; return on fees {PackFormat.Number(total.ReturnOnFees, "0.0")}×; "
            + $"forecast outturn {PackFormat.Money(total.ForecastOutturn)}.", 10);
        if (savings.AchievementSpc.Points.Count >= 2)
        {
            pdf.Heading("Validated savings as a percentage of each month's phased target (XmR chart)", 12, keepWithNext: 250);
            pdf.Paragraph(savings.AchievementSpc.Summary, 9);
            pdf.Drawing(210, PackCharts.Xmr(savings.AchievementSpc, "% of phased target", v => $"{v:0}%", savings.AchievementNotes.Markers));
            SpcNotesLines(pdf, savings.AchievementNotes);
        }
        if (savings.Months.Count > 0)
        {
            pdf.Heading("Cumulative validated savings against the phased target", 12, keepWithNext: 190);
            pdf.Drawing(190, PackCharts.Lines("£", [.. savings.Months.Select(m => m.Month)],
                ("Cumulative validated", [.. savings.Months.Select(m => (double)m.CumulativeValidated)], false),
                ("Cumulative phased target", [.. savings.Months.Select(m => (double)m.CumulativeTarget)], true)));
            pdf.Table(SavingsMonthsTable.Columns,
                [(SavingsMonthsTable.Month, 1.2f), (SavingsMonthsTable.Target, 1), (SavingsMonthsTable.Claimed, 1), (SavingsMonthsTable.Validated, 1),
                 (SavingsMonthsTable.Awaiting, 0.8f), (SavingsMonthsTable.CumulativeTarget, 1.3f), (SavingsMonthsTable.CumulativeValidated, 1.3f)],
                savings.Months);
        }
        if (savings.View == RegionView.Full && content.Pct is null)
        {
            pdf.Heading("Contracts in the region", 12);
            ContractsTable(pdf, savings.Contracts);
        }
    }

    private static void ContractsTable(PdfComposer pdf, IEnumerable<ContractSavingsRow> contracts) =>
        pdf.Table(ContractSavingsColumns.All,
            [(ContractSavingsColumns.Reference, 1.4f), (ContractSavingsColumns.Buyer, 2.4f), (ContractSavingsColumns.Supplier, 2),
             (ContractSavingsColumns.PhasedTarget, 1.2f), (ContractSavingsColumns.Validated, 1.2f), (ContractSavingsColumns.Achievement, 0.9f),
             (ContractSavingsColumns.Rag, 0.7f)],
            contracts);
}
