using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace WebBenchmark;

/// <summary>
/// Managed memory per open circuit: tabs on one page are opened in Chromium, and the server's
/// live managed heap is read after a full collection (dotnet-gcdump forces one) with one warm tab
/// open and again with N more. The difference over N is what each circuit holds.
/// </summary>
internal static partial class CircuitMemory
{
    public static async Task<int> RunAsync(Uri server, int[] counts, string path, string gcdump, int pid)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString(), Locale = "en-GB" });
        var first = await context.NewPageAsync();
        await first.GotoAsync("/signin");
        await first.Locator("button[data-user='sha']").ClickAsync();
        await first.WaitForURLAsync(url => !url.Contains("/signin"));

        var pages = new List<IPage>();
        await OpenAsync(first, path);
        pages.Add(first);
        var baseline = await LiveHeapAsync(gcdump, pid);
        Console.WriteLine($"{path}: live managed heap with one warm circuit {baseline / 1024.0 / 1024:F1} MB");
        Console.WriteLine($"{"circuits",10}{"heap MB",10}{"per circuit KB",16}");
        foreach (var count in counts)
        {
            while (pages.Count < count + 1)
            {
                var page = await context.NewPageAsync();
                await OpenAsync(page, path);
                pages.Add(page);
            }
            var heap = await LiveHeapAsync(gcdump, pid);
            Console.WriteLine($"{count,10}{heap / 1024.0 / 1024,10:F1}{(heap - baseline) / 1024.0 / count,16:F0}");
        }

        foreach (var page in pages) await page.CloseAsync();
        var afterClose = await LiveHeapAsync(gcdump, pid);
        Console.WriteLine($"tabs closed: {afterClose / 1024.0 / 1024:F1} MB (disconnected circuits are kept for the retention period)");
        return 0;
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
    }

    /// <summary>Bytes of live objects: dotnet-gcdump triggers a full blocking collection and walks what survives.</summary>
    private static async Task<long> LiveHeapAsync(string gcdump, int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"circuits-{pid}-{Guid.NewGuid():N}.gcdump");
        try
        {
            await RunAsync(gcdump, $"collect -p {pid} -o {file}");
            var report = await RunAsync(gcdump, $"report {file}");
            // The report heads its table with the heap's total ("  30,345,176  GC Heap bytes");
            // failing that, its rows (bytes, count, type) add up to the same.
            var total = TotalLine().Match(report);
            if (total.Success) return long.Parse(total.Groups[1].Value.Replace(",", ""));
            var rows = TypeRow().Matches(report).Select(m => long.Parse(m.Groups[1].Value.Replace(",", ""))).ToList();
            return rows.Count > 0 ? rows.Sum() : throw new InvalidOperationException($"No heap size in the report:\n{report[..Math.Min(report.Length, 2000)]}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {arguments}: {await process.StandardError.ReadToEndAsync()}");
        return output;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex TotalLine();

    [GeneratedRegex(@"^\s*([\d,]+)\s+[\d,]+\s+\S", RegexOptions.Multiline)]
    private static partial Regex TypeRow();
}
