using Microsoft.Playwright;
using ShaOversight.Core.Features.Charts;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>Making Data Count's look in a real browser: the page draws what the board pack draws.</summary>
[Collection(LiveAppCollection.Name)]
public sealed class SpcLookInBrowserTests(LiveApp app)
{
    [Fact]
    public async Task A_special_cause_point_on_the_savings_lens_is_drawn_in_its_colour_over_its_month()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");
        // In the seeded data NHS North East's monthly achievement jumps well above its limits in mid-2008.
        await page.GotoAsync("/sha/Q30?lens=savings");
        await Live.WaitForHeadingAsync(page, "NHS North East");
        var frame = page.Locator(".chart-frame", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "statistical process control chart" }) });

        // The figures say which month is special cause; the chart must colour that month's point.
        await frame.GetByText("Show the figures").ClickAsync();
        var row = frame.Locator("table.figures tbody tr", new() { HasText = "Special cause (improvement)" }).First;
        var month = (await row.Locator("th").InnerTextAsync()).Trim();
        var monthName = DateTime.ParseExact(month, "MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var target = ChartClicks.PointFor(page, monthName);
        var targetBox = (await target.BoundingBoxAsync())!;
        var blue = frame.Locator($"svg.spc-svg ellipse[fill='{MdcColours.Improvement}']");
        Assert.True(await blue.CountAsync() >= 2, "the point and its key in the legend");
        var centres = new List<float>();
        for (var i = 0; i < await blue.CountAsync(); i++)
        {
            var box = (await blue.Nth(i).BoundingBoxAsync())!;
            centres.Add(box.X + box.Width / 2);
        }
        Assert.Contains(centres, x => x >= targetBox.X && x <= targetBox.X + targetBox.Width);
        Assert.Contains("Special cause (improvement)", await target.Locator("title").TextContentAsync());

        // The chart fills its panel, and its smallest text is still 12 px or more at 1366 wide.
        var widths = await frame.EvaluateAsync<double[]>(
            "f => [f.querySelector('svg.spc-svg').getBoundingClientRect().width, f.getBoundingClientRect().width]");
        Assert.True(widths[0] >= widths[1] * 0.9, $"chart {widths[0]} px wide in a panel of {widths[1]} px");
        var smallestText = await frame.EvaluateAsync<double>(
            "f => Math.min(...[...f.querySelectorAll('svg.spc-svg text')].map(t => parseFloat(t.getAttribute('font-size')) * f.querySelector('svg.spc-svg').getBoundingClientRect().width / 1000))");
        Assert.True(smallestText >= 12, $"the smallest chart text is drawn {smallestText:0.0} px high");

        // The icons beside the chart are graphics with text alternatives.
        Assert.Equal(2, await frame.Locator(".chart-icons svg[role='img'][aria-label]").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "sha-north-east-savings-spc");
    }
}
