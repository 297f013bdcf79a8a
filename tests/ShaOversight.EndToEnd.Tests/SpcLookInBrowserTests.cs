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

    [Fact]
    public async Task An_analysts_recalculation_splits_the_regions_chart_into_two_sets_of_limits_until_it_is_removed()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London performance analyst", "NHS London");
        await page.GotoAsync("/sha/Q36?lens=savings");
        await Live.WaitForHeadingAsync(page, "NHS London");
        var frame = page.Locator(".chart-frame", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "statistical process control chart" }) });
        await frame.GetByText("Show the figures").ClickAsync();
        // The figures are built when first opened: wait for them before reading.
        await frame.Locator("table.figures tbody tr th").First.WaitForAsync();
        var months = await frame.Locator("table.figures tbody tr th").AllInnerTextsAsync();
        Assert.True(months.Count >= 26, $"London's chart has {months.Count} months: too few for two segments with limits");
        var enGb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var from = DateTime.ParseExact(months[13].Trim(), "MMM yyyy", enGb);
        Assert.Equal(2, await LimitLinesAsync(frame));

        await frame.GetByLabel("What to record").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Limits recalculated from a month" }).ClickAsync();
        await frame.GetByLabel("Month", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = from.ToString("MMMM yyyy", enGb), Exact = true }).ClickAsync();
        await frame.GetByLabel("Because").FillAsync("New validation team");
        // Gone if the page were loaded afresh rather than patched in place.
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        await frame.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();

        var recorded = $"Limits recalculated from {from.ToString("MMM yyyy", enGb)}: New validation team";
        // The notice is read out with the new figures, never over the old ones: once it says so, the chart has its new limits.
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Figures updated at" }).WaitForAsync();
        Assert.Equal(4, await LimitLinesAsync(frame));
        await Assertions.Expect(frame.Locator(".spc-note-list")).ToContainTextAsync(recorded);
        // The page reloads its figures once the change commits: each segment then has its own limits.
        await page.WaitForFunctionAsync($"() => ({LimitLinesScript})(document.querySelector('svg.spc-svg')) === 4");
        await Assertions.Expect(frame.Locator("svg.spc-svg text", new() { HasText = "Recalculated: New validation team" })).ToHaveCountAsync(1);
        // The lens is rendered per request, and the refresh patched it in place: the same document,
        // the figures the analyst opened still open, and not back at the page's top.
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.True(await frame.Locator("details.chart-figures").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0);
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "sha-london-savings-spc-recalculated");

        // Removing it joins the segments again, and leaves the seeded chart for every other test.
        await frame.GetByRole(AriaRole.Button, new() { Name = $"Remove: {recorded}" }).ClickAsync();
        await page.WaitForFunctionAsync($"() => ({LimitLinesScript})(document.querySelector('svg.spc-svg')) === 2");
    }

    // A dashed limit line is a grey path of many short dashes (SpcChartTests); the legend's key has only a few.
    private const string LimitLinesScript =
        "svg => [...svg.querySelectorAll('path')].filter(p => (p.getAttribute('fill') || '').toUpperCase() === '" + MdcColours.Limit
        + "' && ((p.getAttribute('d') || '').match(/M/g) || []).length >= 10).length";

    private static Task<int> LimitLinesAsync(ILocator frame) =>
        frame.Locator("svg.spc-svg").EvaluateAsync<int>($"svg => ({LimitLinesScript})(svg)");
}
