using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ShaOversight.EndToEnd.Tests.Infrastructure;

public static class Accessibility
{
    /// <summary>Runs axe-core on the page and fails with every violation listed, so the report says what to fix.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>A full-page screenshot from the top, so the fixed app bar is drawn where it belongs.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LiveApp.ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }
}
