using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

/// <summary>
/// Every page each role may open, on the one shared live app: axe on WCAG 2.2 AA with the account
/// panel open, no sideways scroll at 390 px, a visible focus ring on the first 30 tab stops, and
/// the keyboard drill from England to a contract's month within its budget.
/// </summary>
[Collection(LiveAppCollection.Name)]
public sealed class AccessibilityInBrowserTests(LiveApp app)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    // Hillingdon's BUPA contract (FESC-5AT-001) is contract 2 and Hillingdon's pilot is pilot 5 in the seed order;
    // the test looks both up rather than trusting that.
    private static IReadOnlyList<string> PagesFor(string role, int contract, int pilot) => role switch
    {
        "pct" => ["/england", "/pct/5AT", $"/contracts/{contract}", $"/contracts/{contract}?month=2008-06", "/pilots", $"/pilots/{pilot}", "/wcc/funnel"],
        "analyst" or "admin" =>
        [
            "/england", "/sha/Q36", "/sha/Q36?lens=savings", "/sha/Q36?lens=assurance", "/pct/5AT", $"/contracts/{contract}",
            $"/contracts/{contract}?month=2008-06", "/pilots", $"/pilots/{pilot}", "/audit", "/imports", $"/contracts/{contract}/edit",
            $"/contracts/{contract}/returns/2008-06", $"/pilots/{pilot}/edit", "/pct/5AT/assessment?year=2009-10",
        ],
        _ =>
        [
            "/england", "/sha/Q36", "/sha/Q36?stage=live", "/sha/Q36?lens=savings", "/sha/Q36?lens=assurance", "/pct/5AT", $"/contracts/{contract}",
            $"/contracts/{contract}?month=2008-06", "/pilots", $"/pilots/{pilot}", "/wcc/funnel",
        ],
    };

    public static TheoryData<string, string, string> Roles => new()
    {
        { "national", "Demo: DoH commissioning directorate", "England overview" },
        { "sha", "Demo: NHS London board member", "NHS London" },
        { "analyst", "Demo: NHS London performance analyst", "NHS London" },
        { "pct", "Demo: Hillingdon PCT chief executive", "Hillingdon PCT" },
        { "admin", "Demo: system administrator", "England overview" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_passes_axe_with_the_account_panel_open_and_fits_a_phone(string role, string user, string landing)
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync(user, landing);
        var (contract, pilot) = await HillingdonAsync();
        var problems = new List<string>();

        foreach (var path in PagesFor(role, contract, pilot))
        {
            await page.SetViewportSizeAsync(1366, 900);
            await OpenAsync(page, path);
            await page.Locator("header .account-button").ClickAsync();
            await page.Locator("#account-panel").WaitForAsync();
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
            problems.AddRange(result.Violations.Select(v =>
                $"{path}: axe {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"));

            await page.SetViewportSizeAsync(390, 844);
            var overflow = await page.EvaluateAsync<string>(WidestOverflow);
            if (overflow != "") problems.Add($"{path}: scrolls sideways at 390 px: {overflow}");
            if (path == "/england" || path.StartsWith("/contracts/") && path.Contains("month"))
            {
                await Accessibility.ScreenshotAsync(page, $"a11y-{role}-390-{Slug(path)}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static readonly string[] MainPages = ["/england", "/sha/Q36", "/sha/Q36?lens=savings", "/contracts/{contract}", "/pilots", "/pilots/{pilot}"];

    [Fact]
    public async Task The_first_30_tab_stops_of_each_main_page_show_a_focus_ring_of_at_least_3_to_1()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: system administrator", "England overview");
        var (contract, pilot) = await HillingdonAsync();
        var problems = new List<string>();

        foreach (var template in MainPages)
        {
            var path = template.Replace("{contract}", $"{contract}").Replace("{pilot}", $"{pilot}");
            await OpenAsync(page, path);
            await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
            for (var stop = 1; stop <= 30; stop++)
            {
                await page.Keyboard.PressAsync("Tab");
                // Past the last control, focus leaves the document and the next Tab starts again at the top.
                if (await page.EvaluateAsync<bool>("() => document.activeElement === document.body")) continue;
                var problem = await page.EvaluateAsync<string>(FocusRingProblem);
                if (problem != "") problems.Add($"{path} tab stop {stop}: {problem}");
            }
            await page.Keyboard.PressAsync("Tab");
            var unfocused = await page.EvaluateAsync<string>(PreviousStopUnchangedProblem);
            if (unfocused != "") problems.Add($"{path}: {unfocused}");
        }
        await Accessibility.ScreenshotAsync(page, "a11y-focus-1366");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task The_keyboard_drill_from_england_to_hillingdons_bupa_contract_month_takes_at_most_40_keys()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: DoH commissioning directorate", "England overview");
        await OverviewPage.OpenAsync(page);
        var drill = new KeyboardDrill(page);

        await drill.TabToAndPressEnterAsync("The SHAs' figures");
        await drill.TabToAndPressEnterAsync("NHS London");
        await Live.WaitForHeadingAsync(page, "NHS London");
        await drill.TabToAndPressEnterAsync("The lenses");
        await drill.TabToAndPressEnterAsync("Contract savings");
        await page.Locator("#contract-rows").WaitForAsync();
        await drill.TabToAndPressEnterAsync("The region's contracts");
        await drill.TabToAndPressEnterAsync("FESC-5AT-001");
        await Live.WaitForHeadingAsync(page, "FESC-5AT-001: External support for acute contract performance management");
        await drill.TabToAndPressEnterAsync("Monthly returns");
        await drill.TabToAndPressEnterAsync("June 2008");
        await page.Locator("tr.selected", new() { HasText = "June 2008" }).WaitForAsync();

        Assert.Contains("month=2008-06", page.Url);
        Assert.True(drill.Presses <= 40, $"The drill took {drill.Presses} key presses:\n{string.Join("\n", drill.Log)}");
        await Accessibility.ScreenshotAsync(page, "a11y-drill-month");
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("main h1").WaitForAsync();
        // Dashboards load after the heading; wait until no loading panel is left.
        await page.Locator(".loading-panel").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private async Task<(int Contract, int Pilot)> HillingdonAsync() =>
        (await app.ScalarAsync<int>("SELECT Id FROM Contracts WHERE Reference = 'FESC-5AT-001'"),
         await app.ScalarAsync<int>("SELECT p.Id FROM Pilots p JOIN Organisations o ON o.Id = p.OrganisationId WHERE o.Code = '5AT'"));

    private static string Slug(string path) => new string(path.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    /// <summary>Empty when the page fits; otherwise its widths and the widest element that is not inside a scrolling region.</summary>
    private const string WidestOverflow = """
        () => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return "";
            const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === "auto" || o === "scroll") return true; } return false; };
            const widest = [...document.body.querySelectorAll("*")].filter(el => !inScroller(el))
                .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
            return `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}; widest ${widest?.tagName}.${widest?.className}`;
        }
        """;

    /// <summary>
    /// Checks the focused element has a ring (outline or box-shadow) at least 2px wide whose colour has 3:1 contrast
    /// against the background behind it, and remembers its style to compare once focus has moved on.
    /// </summary>
    private const string FocusRingProblem = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return "nothing focused";
            const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(x => x).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
            let background = { r: 255, g: 255, b: 255, a: 1 };
            for (let p = el.parentElement; p; p = p.parentElement) { const c = parse(getComputedStyle(p).backgroundColor); if (c && c.a > 0.5) { background = c; break; } }
            const style = getComputedStyle(el);
            const name = `${el.tagName.toLowerCase()} "${(el.innerText || el.getAttribute("aria-label") || "").trim().slice(0, 40)}"`;
            window.__focusChecks = window.__focusChecks || [];
            window.__focusChecks.push({ el, outline: style.outlineStyle + style.outlineWidth + style.outlineColor, shadow: style.boxShadow });
            const colours = [];
            if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) colours.push(parse(style.outlineColor));
            if (style.boxShadow !== "none") colours.push(parse(style.boxShadow));
            const best = Math.max(0, ...colours.filter(c => c).map(c => contrast(c, background)));
            return best >= 3 ? "" : `${name} has no focus ring of 3:1 (best ${best.toFixed(2)}:1, outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor})`;
        }
        """;

    /// <summary>Once focus has moved on, the last stop must look different from when it was focused: the ring is the focus's own.</summary>
    private const string PreviousStopUnchangedProblem = """
        () => {
            const checks = window.__focusChecks || [];
            const last = checks[checks.length - 1];
            if (!last || last.el === document.activeElement) return "";
            const style = getComputedStyle(last.el);
            return style.outlineStyle + style.outlineWidth + style.outlineColor === last.outline && style.boxShadow === last.shadow
                ? "the last stop looks the same unfocused as focused" : "";
        }
        """;
}

/// <summary>Tabs forward to a link or button by its text and presses Enter, counting every key.</summary>
public sealed class KeyboardDrill(IPage page)
{
    public int Presses { get; private set; }
    public List<string> Log { get; } = [];

    public async Task TabToAndPressEnterAsync(string text)
    {
        for (var tabs = 1; tabs <= 60; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
            Presses++;
            var focused = await page.EvaluateAsync<string>("() => (document.activeElement?.innerText || '').trim()");
            if (!focused.StartsWith(text, StringComparison.Ordinal)) continue;
            await page.Keyboard.PressAsync("Enter");
            Presses++;
            Log.Add($"{text}: {tabs} Tab and Enter");
            return;
        }
        Assert.Fail($"Tabbing never reached '{text}'. So far: {string.Join("; ", Log)}");
    }
}
