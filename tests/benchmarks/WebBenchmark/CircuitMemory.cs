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
        var (baseline, baselineTypes) = await LiveHeapAsync(gcdump, pid);
        Console.WriteLine($"{path}: live managed heap with one warm circuit {baseline / 1024.0 / 1024:F1} MB");
        // "Each further" is the growth from the previous count, per added circuit: it leaves out what
        // the first tabs fill once and keep (pooled buffers and connections, caches), which the
        // plain average shares among however few tabs there are.
        Console.WriteLine($"{"circuits",10}{"heap MB",10}{"per circuit KB",16}{"each further KB",17}");
        var largest = (Count: 0, Types: baselineTypes);
        var previous = (Count: 0, Heap: baseline);
        foreach (var count in counts)
        {
            while (pages.Count < count + 1)
            {
                var page = await context.NewPageAsync();
                await OpenAsync(page, path);
                pages.Add(page);
            }
            var (heap, types) = await LiveHeapAsync(gcdump, pid);
            var further = previous.Count == 0 ? "" : $"{(heap - previous.Heap) / 1024.0 / (count - previous.Count):F0}";
            Console.WriteLine($"{count,10}{heap / 1024.0 / 1024,10:F1}{(heap - baseline) / 1024.0 / count,16:F0}{further,17}");
            (largest, previous) = ((count, types), (count, heap));
        }
        PrintLargestGrowth(baselineTypes, largest.Types, largest.Count);

        foreach (var page in pages) await page.CloseAsync();
        var (afterClose, _) = await LiveHeapAsync(gcdump, pid);
        Console.WriteLine($"tabs closed: {afterClose / 1024.0 / 1024:F1} MB (disconnected circuits are kept for the retention period)");
        return 0;
    }

    private static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.Locator("#circuit-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
    }

    /// <summary>
    /// Which objects a circuit adds: the types whose count grew most per circuit, so the next saving
    /// can be aimed rather than guessed. Counts, not bytes: the report's byte column is one object's
    /// size, not the type's total.
    /// </summary>
    private static void PrintLargestGrowth(Dictionary<string, long> before, Dictionary<string, long> after, int circuits)
    {
        if (circuits == 0) return;
        Console.WriteLine($"objects added per circuit ({circuits} circuits), by type:");
        var growth = after.Select(t => (Type: t.Key, Count: t.Value - before.GetValueOrDefault(t.Key)))
            .OrderByDescending(t => t.Count).Take(25);
        foreach (var (type, count) in growth)
            Console.WriteLine($"{count / (double)circuits,10:F0}  {(type.Length > 150 ? type[..150] : type)}");
    }

    /// <summary>
    /// Bytes of live objects, in all and by type: dotnet-gcdump triggers a full blocking collection
    /// and walks what survives.
    /// </summary>
    private static async Task<(long Total, Dictionary<string, long> ByType)> LiveHeapAsync(string gcdump, int pid)
    {
        var file = Path.Combine(Path.GetTempPath(), $"circuits-{pid}-{Guid.NewGuid():N}.gcdump");
        try
        {
            await RunAsync(gcdump, $"collect -p {pid} -o {file}");
            var report = await RunAsync(gcdump, $"report {file}");
            // The report heads its table with the heap's total ("  30,345,176  GC Heap bytes"), then
            // a row per type and size: bytes of one object, count, type.
            var rows = TypeRow().Matches(report)
                .GroupBy(m => SizeBucket().Replace(m.Groups[3].Value, "").Trim(), m => long.Parse(m.Groups[2].Value.Replace(",", "")))
                .ToDictionary(g => g.Key, g => g.Sum());
            var total = TotalLine().Match(report);
            return total.Success
                ? (long.Parse(total.Groups[1].Value.Replace(",", "")), rows)
                : throw new InvalidOperationException($"No heap size in the report:\n{report[..Math.Min(report.Length, 2000)]}");
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

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(\S.*)$", RegexOptions.Multiline)]
    private static partial Regex TypeRow();

    // The report splits a type's rows by object size ("System.Byte[] (Bytes > 1M)"); one row per type reads better.
    [GeneratedRegex(@"\s*\(Bytes > [^)]*\)")]
    private static partial Regex SizeBucket();
}
