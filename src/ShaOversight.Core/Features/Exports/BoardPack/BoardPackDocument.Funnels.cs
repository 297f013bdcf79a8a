using Mediator;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Features.Overview;
using ShaOversight.Core.Security;
using ShaOversight.Core.Funnels;
using SkiaSharp;

namespace ShaOversight.Core.Features.Exports.BoardPack;

/// <summary>What the pack's funnels need beyond the region's own lenses: England's figures and every PCT's WCC composite.</summary>
public sealed record FunnelContent(EnglandOverview England, WccComposites Composites)
{
    /// <summary>Sent through the pipeline as the pack's user, as the pages send them: the pack can hold no more than England's page does.</summary>
    public static async Task<FunnelContent> LoadAsync(ISender sender, FinancialYear year, DateOnly asAt, CancellationToken ct) => new(
        await sender.Send(new GetEnglandOverview(year, asAt), ct),
        await sender.Send(new GetWccComposites(year), ct));
}

/// <summary>The pack's funnel plots: the region among England's SHAs, its PCTs among all PCTs, and its contracts' savings.</summary>
public static partial class BoardPackDocument
{
    private const float FunnelHeight = 230;

    private static void Funnels(PdfComposer pdf, BoardPackContent content)
    {
        if (content.Funnels is not { } funnels) return;
        var region = content.Savings.Sha;
        pdf.NewPage();
        pdf.Heading($"{(content.Pct is null ? "5. " : "")}{region.Name} against England: funnel plots");
        pdf.Paragraph("A funnel plot puts each unit against its size, with limits that 95% and 99.8% of units would fall within by chance. "
            + "Only a unit outside them differs by more than chance explains; ranking units in a league table does not say that. Methods: docs/funnels.md.", 9);

        var uptake = UptakeFunnel.From(funnels.England);
        pdf.Heading("FESC uptake: each SHA's share of PCTs with a contract awarded", 12, keepWithNext: FunnelHeight + 40);
        pdf.Paragraph(uptake.OutsideInWords(), 9);
        pdf.Drawing(FunnelHeight, DrawFunnel(uptake.Chart(ownCode: region.Code)));
        var columns = new UptakeFunnelTable().ColumnsFor(uptake);
        // Widths that keep every heading on one line, so the section is as tall as it was.
        pdf.Table(uptake.Points, (columns[UptakeFunnelTable.Sha], 2.3f), (columns[UptakeFunnelTable.PctCount], 0.6f), (columns[UptakeFunnelTable.Uptake], 1),
            (columns[UptakeFunnelTable.Lower95], 1.75f), (columns["95% upper limit (%)"], 1.75f), (columns[FunnelLimitColumns.Position], 2.6f));

        WccFunnelSection(pdf, funnels.Composites, region.Code);
        SavingsFunnelSection(pdf, content);
    }

    private static void WccFunnelSection(PdfComposer pdf, WccComposites composites, string regionCode)
    {
        var wcc = WccFunnel.From(composites);
        pdf.Heading($"WCC composite {composites.Year.Label}: the region's PCTs among all PCTs", 12, keepWithNext: FunnelHeight + 40);
        pdf.Paragraph("Composite = half the competency points (level 1 = 0 to level 4 = 3) over their maximum, plus half the governance points "
            + $"(red 0, amber 1, green 2) over theirs, on a 0 to 100 scale. Anything not rated is left out, never scored nought. {wcc.Overdispersion.Describe()}", 9);
        pdf.Paragraph(wcc.OutsideInWords(), 9);
        if (wcc.Points.Count == 0) return;
        pdf.Drawing(FunnelHeight, DrawFunnel(wcc.Chart(region: regionCode)));
        var table = new WccFunnelTable();
        var columns = table.ColumnsFor(wcc);
        pdf.TableFrom(
            [
                new(columns[WccFunnelTable.Pct], 3.2f), new(columns[WccFunnelTable.Composite], 1), new(columns[WccFunnelTable.Rank], 0.9f),
                new(columns[FunnelLimitColumns.Lower95 + WccFunnelTable.Unit], 0.9f), new(columns[FunnelLimitColumns.Upper95 + WccFunnelTable.Unit], 0.9f),
                new(columns[FunnelLimitColumns.Position], 1.8f), new(columns[WccFunnelTable.LeftOut], 3),
            ],
            [.. wcc.Points.Where(p => p.Pct.ShaCode == regionCode).OrderByDescending(p => p.Score).Select(p => new WccFunnelRow(p.Pct, p))]);
    }

    private static void SavingsFunnelSection(PdfComposer pdf, BoardPackContent content)
    {
        pdf.Heading("Savings achievement by contract", 12, keepWithNext: FunnelHeight + 40);
        // Contract-level figures appear in the pack only where its savings section lists the contracts.
        if (content.Savings.View != RegionView.Full || content.Pct is not null)
        {
            pdf.Paragraph("Each contract's figures are shown to the SHA and to national users; this pack carries the region's totals only.", 9);
            return;
        }
        var savings = SavingsFunnel.From(content.Savings.Contracts);
        pdf.Paragraph($"Validated savings to date against each contract's phased target to date, around the region's pooled achievement "
            + $"({FunnelPercent(savings.Target)}). {savings.Overdispersion.Describe()} {savings.OutsideInWords()}", 9);
        if (savings.Points.Count == 0) return;
        pdf.Drawing(FunnelHeight, DrawFunnel(savings.Chart()));
        var outside = savings.Points.Where(p => p.Position.IsOutside()).ToList();
        if (outside.Count == 0) return;
        pdf.Table(SavingsFunnelTable.Columns,
            [(SavingsFunnelTable.Reference, 1.4f), (SavingsFunnelTable.Buyer, 2.6f), (SavingsFunnelTable.TargetToDate, 1.3f), (SavingsFunnelTable.Achievement, 1),
             (SavingsFunnelTable.Lower95, 0.9f), (SavingsFunnelTable.Upper95, 0.9f), (SavingsFunnelTable.Position, 1.8f)],
            outside.Select(p => new SavingsFunnelRow(p, savings)));
    }

    /// <summary>The same chart definition the page draws, laid out and rendered at the pack's box size.</summary>
    private static Action<SKCanvas, SKRect> DrawFunnel(FunnelChartSpec spec) => (canvas, box) =>
    {
        canvas.Translate(box.Left, box.Top);
        FunnelChart.Build(spec, (int)box.Width, (int)box.Height, fontSize: 7).Render(canvas, (int)box.Width, (int)box.Height);
    };

    private static string FunnelPercent(double ratio) => PackFormat.Percent((decimal)ratio);

    private static string FunnelScore(double score) => PackFormat.Number((decimal)score, "0.0");
}
