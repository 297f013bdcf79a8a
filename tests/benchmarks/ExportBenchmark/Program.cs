using System.Diagnostics;
using System.Globalization;
using ShaOversight.Core.Features.Exports;

// Writes N synthetic rows shaped like the contract savings download through the real writers,
// reading rows lazily as the exports do, and prints time, file size and peak memory. Run one
// format per process (see tests/benchmarks/export.sh) so each peak is that format's own.
if (args.Length != 2 || !int.TryParse(args[0], out var count) || ExportFormats.Parse(args[1]) is not { } format)
{
    Console.Error.WriteLine("usage: ExportBenchmark <rows> csv|xlsx");
    return 1;
}

var table = new TableExport("Benchmark",
    [
        new("Reference", CellKind.Text), new("Buyer", CellKind.Text), new("Supplier", CellKind.Text), new("Starts", CellKind.Date),
        new("Target (£)", CellKind.Money), new("Validated (£)", CellKind.Money), new("Achievement (%)", CellKind.Number),
        new("Months", CellKind.Integer), new("Stalled", CellKind.YesNo), new("Note", CellKind.Text),
    ],
    Rows(count));

var file = Path.Combine(Path.GetTempPath(), $"export-benchmark-{Guid.NewGuid():N}.{format.Extension()}");
var started = Stopwatch.GetTimestamp();
await using (var stream = File.Create(file))
{
    var download = new TableDownload(Path.GetFileName(file), format, table);
    await download.WriteAsync(stream, CancellationToken.None);
}
var elapsed = Stopwatch.GetElapsedTime(started);
var size = new FileInfo(file).Length;
File.Delete(file);
using var process = Process.GetCurrentProcess();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{count,9:N0} rows  {format.Extension(),-4}  {elapsed.TotalSeconds,6:0.00} s  {size / 1024.0 / 1024.0,6:0.0} MB file  " +
    $"peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0,6:0} MB  allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0,6:0} MB in all"));
return 0;

static IEnumerable<IReadOnlyList<object?>> Rows(int count)
{
    var start = new DateOnly(2007, 4, 1);
    for (var i = 0; i < count; i++)
    {
        yield return
        [
            $"FESC-{i:000000}", $"Buyer {i % 152} PCT", i % 7 == 0 ? "=Looks, like \"a formula\"" : "BUPA Commissioning", start.AddDays(i % 1000),
            350_000m + i, 123_456.78m - i, 95.1234m, i % 36, i % 2 == 0, i % 11 == 0 ? "Line one\r\nline two" : null,
        ];
    }
}
