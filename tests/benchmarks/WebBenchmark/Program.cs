// Page and circuit benchmarks against running servers. Prints figures and asserts nothing.
// Driven by tests/benchmarks/pages.sh and circuits.sh; see docs/performance.md.
using WebBenchmark;

return args switch
{
    ["pages", var rounds, var servers, .. var paths] => await PageTimes.RunAsync(int.Parse(rounds), Labelled(servers), paths),
    ["circuits", var server, var counts, var path, var gcdump, var pid] =>
        await CircuitMemory.RunAsync(new Uri(server), [.. counts.Split(',').Select(int.Parse)], path, gcdump, int.Parse(pid)),
    _ => Usage(),
};

// "1x=http://127.0.0.1:5101,100x=http://127.0.0.1:5102"
static List<(string Label, Uri Address)> Labelled(string servers) =>
    [.. servers.Split(',').Select(s => s.Split('=', 2)).Select(p => (p[0], new Uri(p[1])))];

static int Usage()
{
    Console.Error.WriteLine("""
        WebBenchmark pages <rounds> <label=url,label=url> <path>...
        WebBenchmark circuits <url> <n,n,...> <path> <dotnet-gcdump> <server pid>
        """);
    return 2;
}
