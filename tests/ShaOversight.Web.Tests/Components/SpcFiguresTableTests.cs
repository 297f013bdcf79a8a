using System.Globalization;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Tables;
using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Components.Spc;

namespace ShaOversight.Web.Tests.Components;

/// <summary>The figures under every savings XmR chart are its download: the same rows, columns and values.</summary>
public sealed class SpcFiguresTableTests : ComponentTest
{
    private static readonly ReportingPeriod Period = ReportingPeriod.Default;
    private static readonly TableRequest Request = new(Period.Year, Period.AsAt, Contract: 7);

    /// <summary>An XmrTable's parameters for a chart of a contract.</summary>
    public static ComponentParameterCollectionBuilder<XmrTable> Figures(ComponentParameterCollectionBuilder<XmrTable> parameters, XmrResult spc,
        SeriesNotes? notes = null) => parameters
        .Add(x => x.Table, new ContractSpcTable()).Add(x => x.Figures, new SpcFigures("FESC-5AT-001", "contract-FESC-5AT-001", spc, notes ?? SeriesNotes.None))
        .Add(x => x.Period, Period).Add(x => x.Request, Request);

    [Fact]
    public void Every_value_under_the_chart_is_the_value_its_download_holds_with_a_recalculation_in_its_month()
    {
        var months = Enumerable.Range(0, 16).Select(i => new DateOnly(2008, 4, 1).AddMonths(i)).ToList();
        decimal[] values = [80, 90, 80, 90, 80, 90, 80, 90, 120, 130, 120, 130, 120, 130, 120, 130];
        var recalculated = new LimitRecalculation(months[8], "New validation team");
        var spc = XmrAnalysis.Analyse(months.Zip(values).ToList(), ImprovementDirection.Up, target: 100,
            SpcOptions.Default with { Recalculations = [recalculated] });
        var table = new ContractSpcTable();
        var figures = new SpcFigures("FESC-5AT-001", "contract-FESC-5AT-001", spc, SeriesNotes.None);

        var rendered = Context.Render<XmrTable>(p => Figures(p, spc));
        var download = table.Export(figures, Request);

        var rows = rendered.FindAll("tbody tr");
        var headings = download.Columns.Select(c => c.Header).ToList();
        var expected = download.Rows.Select(row => row.Select((value, i) => CellValues.ToText(value, download.Columns[i].Kind)).ToList()).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var shown = rows[r].QuerySelectorAll("[data-heading]").ToDictionary(e => e.GetAttribute("data-heading")!, e => e.GetAttribute("data-value")!);
            Assert.Equal(headings.Order(), shown.Keys.Order());
            Assert.All(headings.Select((h, i) => (h, i)), c => Assert.Equal(expected[r][c.i], shown[c.h]));
        }
        Assert.Contains("New validation team", rows[8].TextContent);
        Assert.Equal("Dec 2008", rows[8].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(months[0].ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), expected[0][0]);
    }
}
