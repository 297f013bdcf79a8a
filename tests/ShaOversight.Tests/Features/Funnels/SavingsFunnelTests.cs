using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Funnels;
using ShaOversight.Core.Security;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Funnels;
using ShaOversight.Tests.Funnels;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.Funnels;

[Collection(SeededDatabase.Name)]
public sealed class SavingsFunnelTests(SliceFixture fixture)
{
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    private static ContractSavingsRow Contract(string reference, decimal targetToDate, decimal validated) =>
        new(reference.GetHashCode(), reference, "Title", "5AT", "Buyer", "Supplier", "List", new(2009, 4, 1), new(2012, 3, 31),
            new SavingsMeasures(targetToDate * 3, targetToDate, validated, validated, 0, 0, null), null);

    [Fact]
    public void Contracts_are_counted_in_thousands_of_pounds_and_get_the_worked_ratio_funnel()
    {
        // The ratio worked example (RatioFunnelTests) in pounds: A validated £30,000 of a £20,000 target to date, and so on.
        var contracts = RatioFunnelTests.Scattered.Select(u => Contract(u.Key, (decimal)u.Expected * 1000, (decimal)u.Observed * 1000))
            .Append(Contract("NOT-YET", 0, 0)).ToList();

        var funnel = SavingsFunnel.From(contracts);

        Assert.Equal(400.0 / 405, funnel.Target, 9);
        Assert.True(funnel.Overdispersion.Applied);
        Assert.Equal(0.1373356, funnel.Overdispersion.Tau2, 6);
        Assert.Equal(1, funnel.WithoutTarget);
        Assert.Equal(10, funnel.Points.Count);
        var i = funnel.Points.Single(p => p.Contract.Reference == "I");
        Assert.Equal(1.4, i.Achievement, 9);
        Assert.Equal(0.453911, i.Limits.Lower95, 5);
        Assert.Equal(2.149012, i.Limits.Upper95, 5);
        Assert.Equal(FunnelPosition.Within, i.Position);
        Assert.Equal(50, i.Limits.Denominator);
        Assert.Contains("widened for overdispersion", funnel.Overdispersion.Describe());
        Assert.True(funnel.Chart().Curve.Count > 50);
    }

    [Fact]
    public async Task An_sha_board_member_gets_a_funnel_of_the_regions_contracts_with_targets()
    {
        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));

        var funnel = SavingsFunnel.From(savings.Contracts);

        Assert.NotEmpty(funnel.Points);
        Assert.Equal(savings.Contracts.Count(c => c.Measures.TargetToDate > 0), funnel.Points.Count);
        Assert.Equal((double)(funnel.Points.Sum(p => p.ValidatedToDate) / funnel.Points.Sum(p => p.TargetToDate)), funnel.Target, 9);
        Assert.NotEmpty(funnel.OutsideInWords());
    }

    [Fact]
    public async Task A_pct_chief_executives_savings_funnel_and_its_download_carry_no_contract()
    {
        var savings = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetRegionSavings("Q36", YearEnd));
        var download = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive,
            new GetTableDownload("savings-funnel", ExportFormat.Csv, new FinancialYear(2009), YearEnd, ShaCode: "Q36"));

        Assert.NotEqual(RegionView.Full, savings.View);
        Assert.Empty(SavingsFunnel.From(savings.Contracts).Points);
        Assert.Empty(download.Table.Rows);
        Assert.Contains(download.Table.Columns, c => c.Header == "95% lower limit (%)");
    }

    [Fact]
    public async Task Each_funnel_downloads_with_its_limit_columns()
    {
        var year = new FinancialYear(2009);
        foreach (var (table, sha) in new[] { ("uptake-funnel", (string?)null), ("wcc-funnel", null), ("savings-funnel", "Q36") })
        {
            var download = await fixture.SendAs(SliceFixture.LondonBoard, new GetTableDownload(table, ExportFormat.Csv, year, YearEnd, ShaCode: sha));
            var headers = download.Table.Columns.Select(c => c.Header).ToList();

            Assert.Contains(headers, h => h.StartsWith("95% lower limit"));
            Assert.Contains(headers, h => h.StartsWith("99.8% upper limit"));
            Assert.Contains("Within, above or below limits", headers);
            var rows = download.Table.Rows.ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal(headers.Count, r.Count));
        }
    }

    [Fact]
    public async Task The_savings_funnel_download_holds_the_contracts_a_filtered_lens_plots()
    {
        var filtered = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd, ListCode: "MICRO"));
        var whole = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        var download = await fixture.SendAs(SliceFixture.LondonBoard,
            new GetTableDownload("savings-funnel", ExportFormat.Csv, new FinancialYear(2009), YearEnd, ShaCode: "Q36") { Filters = new(List: "MICRO") });

        var plotted = SavingsFunnel.From(filtered.Contracts).Points.Select(p => p.Contract.Reference).ToList();
        Assert.NotEmpty(plotted);
        Assert.True(plotted.Count < SavingsFunnel.From(whole.Contracts).Points.Count, "the filter leaves some of London's contracts out");
        Assert.Equal(plotted, download.Table.Rows.Select(r => (string)r[0]!));
    }
}
