using System.Text.Json;
using ShaOversight.Core.Spc;

namespace ShaOversight.Tests.Spc.Agreement;

/// <summary>
/// One case from NhsrPlotTheDotsCases.json: inputs and the answer NHSRplotthedots' own tests
/// publish for them. <see cref="Mismatches"/> runs our engine and lists every way it disagrees.
/// </summary>
internal sealed class NhsrPlotTheDotsCase(JsonElement json)
{
    private static readonly Lazy<IReadOnlyList<NhsrPlotTheDotsCase>> Loaded = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Spc", "Agreement", "NhsrPlotTheDotsCases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new NhsrPlotTheDotsCase(c.Clone())).ToList();
    });

    public static IReadOnlyList<NhsrPlotTheDotsCase> All => Loaded.Value;

    public string Id => json.GetProperty("id").GetString()!;
    public string Source => json.GetProperty("source").GetString()!;
    public string? MdcDefaultsDiffer => Text("mdcDefaultsDiffer");

    /// <summary>Every disagreement, under NHSRplotthedots' settings or, when <paramref name="mdcDefaults"/>, under ours.</summary>
    public List<string> Mismatches(bool mdcDefaults)
    {
        var kind = Text("kind");
        return kind switch
        {
            "shift" => CompareSides(SpcRules.Shift(Numbers("values"), 0m, 7)),
            "trend" => CompareSides(SpcRules.Trend(Numbers("values"), 7)),
            "twoOfThree" => CompareSides(SpcRules.TwoOfThree(TwoOfThreeValues(), 0m, 2m, -2m)),
            "precedence" => CompareSides(Numbers("outside").Select((_, i) => SpcRules.Resolve(
                Side(Numbers("outside")[i]), Side(Numbers("trend")[i]), Side(Numbers("twoOfThree")[i]), Side(Numbers("shift")[i]),
                ImprovementDirection.Neither)).ToArray()),
            "assurance" => Compare("assurance", Text("expectedAssurance"), AssuranceName(XmrIcons.Assurance(
                json.GetProperty("target").GetDecimal(), Direction(), json.GetProperty("upper").GetDecimal(), json.GetProperty("lower").GetDecimal()))),
            "series" => NhsrPlotTheDotsSeries.Mismatches(this, Analyse(mdcDefaults)),
            _ => [$"unknown kind {kind}"],
        };
    }

    public XmrResult Analyse(bool mdcDefaults)
    {
        var recalculations = Has("recalculateAt")
            ? json.GetProperty("recalculateAt").EnumerateArray().Select(i => new LimitRecalculation(Series.FirstMonth.AddMonths(i.GetInt32()))).ToList()
            : [];
        var options = mdcDefaults
            ? SpcOptions.Default with { Recalculations = recalculations }
            : new SpcOptions
            {
                ScreenMovingRanges = !Has("screenOutliers") || Flag("screenOutliers"),
                MinimumPointsForLimits = 2,
                Recalculations = recalculations,
            };
        decimal? target = Has("target") ? json.GetProperty("target").GetDecimal() : null;
        return XmrAnalysis.Analyse(Series.Monthly(Numbers("values")), Direction(), target, options);
    }

    public bool Has(string name) => json.TryGetProperty(name, out _);
    public string? Text(string name) => json.TryGetProperty(name, out var value) ? value.GetString() : null;
    public decimal Number(string name) => json.GetProperty(name).GetDecimal();
    public decimal[] Numbers(string name) => json.GetProperty(name).EnumerateArray().Select(v => v.GetDecimal()).ToArray();
    public string?[] Texts(string name) => json.GetProperty(name).EnumerateArray().Select(v => v.GetString()).ToArray();
    public bool Flag(string name) => json.GetProperty(name).GetBoolean();
    public bool[] Flags(string name) => json.GetProperty(name).EnumerateArray().Select(v => v.GetBoolean()).ToArray();

    public ImprovementDirection Direction() => Text("direction") switch
    {
        "decrease" => ImprovementDirection.Down,
        "neutral" => ImprovementDirection.Neither,
        _ => ImprovementDirection.Up,
    };

    public static string? AssuranceName(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPass => "consistent_pass",
        AssuranceIcon.ConsistentlyFail => "consistent_fail",
        AssuranceIcon.Inconsistent => "inconsistent",
        _ => null,
    };

    public static List<string> Compare<T>(string what, T expected, T actual) =>
        EqualityComparer<T>.Default.Equals(expected, actual) ? [] : [$"{what}: expected {expected}, got {actual}"];

    public override string ToString() => Id;

    // R's inputs are flags: close_to_limits and the side of the mean. As values about a mean of
    // 0 with two-thirds lines at ±2, a close point sits at ±2.5 and any other at ±1.
    private decimal[] TwoOfThreeValues() =>
        Numbers("closeToLimits").Zip(Numbers("relativeToMean"), (close, side) => side * (close == 1 ? 2.5m : 1m)).ToArray();

    private List<string> CompareSides(SpecialCauseSide[] actual) =>
        Compare("sides", string.Join(",", Numbers("expectedSides")), string.Join(",", actual.Select(s => s switch
        {
            SpecialCauseSide.High => 1,
            SpecialCauseSide.Low => -1,
            _ => 0,
        })));

    private static SpecialCauseSide Side(decimal flag) => flag > 0 ? SpecialCauseSide.High : flag < 0 ? SpecialCauseSide.Low : SpecialCauseSide.None;
}
