using System.Diagnostics;

namespace WebBenchmark;

/// <summary>
/// Median time to the last byte of each page from each server, in interleaved rounds: each round
/// requests every page from every server in turn (alternating which goes first), so a busy moment
/// on a shared machine falls on both servers alike. Ratios are each server's median over the first's.
/// </summary>
internal static class PageTimes
{
    public static async Task<int> RunAsync(int rounds, List<(string Label, Uri Address)> servers, string[] paths)
    {
        var clients = new List<HttpClient>();
        foreach (var (_, address) in servers) clients.Add(await DemoSignIn.ClientAsync(address, "national"));
        var times = servers.Select(_ => paths.ToDictionary(p => p, _ => new List<double>())).ToList();
        var sizes = servers.Select(_ => new Dictionary<string, (long Html, long State)>()).ToList();

        // Two warm-up requests per page: the JIT, EF Core's compiled queries and SQLite's page cache.
        for (var warm = 0; warm < 2; warm++)
            for (var s = 0; s < servers.Count; s++)
                foreach (var path in paths) sizes[s][path] = await GetAsync(clients[s], path, null);

        for (var round = 0; round < rounds; round++)
            foreach (var path in paths)
                for (var i = 0; i < servers.Count; i++)
                {
                    var s = round % 2 == 0 ? i : servers.Count - 1 - i;
                    await GetAsync(clients[s], path, times[s][path]);
                }

        Console.WriteLine($"Median time to last byte over {rounds} interleaved rounds (ms); size of the HTML and of the state handed to the circuit (KB)");
        Console.WriteLine($"{"page",-34}" + string.Concat(servers.Select(s => $"{s.Label + " ms",10}{s.Label + " KB",10}{"state",8}"))
            + string.Concat(servers.Skip(1).Select(s => $"{s.Label + "/" + servers[0].Label,12}")));
        foreach (var path in paths)
        {
            var medians = times.Select(t => Median(t[path])).ToList();
            Console.WriteLine($"{path,-34}" + string.Concat(medians.Select((m, s) => $"{m,10:F1}{sizes[s][path].Html / 1024.0,10:F0}{sizes[s][path].State / 1024.0,8:F1}"))
                + string.Concat(medians.Skip(1).Select(m => $"{m / medians[0],12:F2}")));
        }
        return 0;
    }

    private static async Task<(long Html, long State)> GetAsync(HttpClient client, string path, List<double>? times)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        times?.Add(clock.Elapsed.TotalMilliseconds);
        // What the page hands to its circuit, as the browser will send it back when the circuit starts.
        var html = System.Text.Encoding.UTF8.GetString(body);
        var state = System.Text.RegularExpressions.Regex.Match(html, "<!--Blazor-Server-Component-State:([^-]*)-->").Groups[1].Length;
        return (body.LongLength, state);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
