using ShaOversight.Web.Components.Shared;
using ShaOversight.Web.Features.Exports;

namespace ShaOversight.Web.Tests.Components;

public sealed class DownloadLinksTests : ComponentTest
{
    [Fact]
    public void Each_link_names_what_it_downloads_so_a_list_of_links_is_not_a_column_of_formats()
    {
        var links = Context.Render<DownloadLinks>(p => p
            .Add(x => x.Table, "savings-contracts").Add(x => x.Period, ReportingPeriod.Default)
            .Add(x => x.Sha, "Q36").Add(x => x.What, "the contracts"));

        var anchors = links.FindAll("a");
        Assert.Equal(["CSV file of the contracts", "Excel workbook of the contracts"], anchors.Select(a => a.TextContent));
        // The visible label stays the format, and leads the accessible name.
        Assert.All(links.FindAll("a span.visually-hidden"), span => Assert.StartsWith(" ", span.TextContent));
        Assert.StartsWith("/exports/savings-contracts.csv?", anchors[0].GetAttribute("href"));
    }

    [Fact]
    public void Without_a_description_the_links_are_named_from_the_table_they_download()
    {
        var links = Context.Render<DownloadLinks>(p => p
            .Add(x => x.Table, "uptake-lists").Add(x => x.Period, ReportingPeriod.Default).Add(x => x.Sha, "Q36"));

        Assert.Equal("CSV file of an SHA's contracts by FESC list (chart)", links.FindAll("a")[0].TextContent);
        Assert.Contains("Download the figures:", links.Markup);
    }
}
