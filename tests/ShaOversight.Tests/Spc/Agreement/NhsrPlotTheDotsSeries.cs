using ShaOversight.Core.Spc;
using static ShaOversight.Tests.Spc.Agreement.NhsrPlotTheDotsCase;

namespace ShaOversight.Tests.Spc.Agreement;

/// <summary>Compares a whole analysed series with what NHSRplotthedots publishes for it: only the fields the case gives.</summary>
internal static class NhsrPlotTheDotsSeries
{
    public static List<string> Mismatches(NhsrPlotTheDotsCase c, XmrResult result)
    {
        var problems = new List<string>();
        // NHSRplotthedots draws limits for every group of two or more points.
        problems.AddRange(result.Segments.Where(s => !s.HasLimits).Select(s => $"segment {s.Index} has no limits"));
        if (problems.Count > 0)
            return problems;

        var tolerance = c.Has("tolerance") ? c.Number("tolerance") : 0m;
        foreach (var (name, actual) in new[] { ("expectedMean", result.Mean), ("expectedLower", result.LowerProcessLimit), ("expectedUpper", result.UpperProcessLimit) })
        {
            if (c.Has(name) && Math.Abs(c.Number(name) - actual!.Value) > tolerance)
                problems.Add($"{name}: expected {c.Number(name)}, got {actual}");
        }
        var mean = result.Mean!.Value;
        if (c.Has("expectedSidesOfMeanPrefix"))
        {
            var expected = c.Numbers("expectedSidesOfMeanPrefix");
            problems.AddRange(Compare("sides of the mean", string.Join(",", expected),
                string.Join(",", result.Points.Take(expected.Length).Select(p => Math.Sign(p.Value - mean)))));
        }
        if (c.Has("expectedOutsidePrefix"))
        {
            var expected = c.Numbers("expectedOutsidePrefix");
            problems.AddRange(Compare("outside the limits", string.Join(",", expected),
                string.Join(",", result.Points.Take(expected.Length).Select(p => p.OutsideLimits ? 1 : 0))));
        }
        var types = result.Points.Select(p => PointType(p, result.Direction)).ToList();
        foreach (var (name, type) in new[] { ("expectedCommonCause", "common_cause"), ("expectedImprovement", "special_cause_improvement"), ("expectedConcern", "special_cause_concern") })
        {
            if (c.Has(name))
                problems.AddRange(Compare(type, (int)c.Number(name), types.Count(t => t == type)));
        }
        if (c.Has("expectedLastPointTypes"))
        {
            var expected = c.Texts("expectedLastPointTypes");
            problems.AddRange(Compare("last point types", string.Join(",", expected), string.Join(",", types.TakeLast(expected.Length))));
        }
        if (c.Has("expectedVariation"))
            problems.AddRange(Compare("variation", c.Text("expectedVariation"), VariationName(result.Variation)));
        if (c.Has("expectedAssurance"))
            problems.AddRange(Compare("assurance", c.Text("expectedAssurance"), AssuranceName(result.Assurance)));
        if (c.Has("expectedTrial"))
            problems.AddRange(Compare("trial limits", c.Flag("expectedTrial"), result.AreTrialLimits));
        if (c.Has("expectedSegments"))
            problems.AddRange(Compare("segments", (int)c.Number("expectedSegments"), result.Segments.Count));
        if (c.Has("expectedTrialBySegment"))
        {
            problems.AddRange(Compare("trial limits by segment", string.Join(",", c.Flags("expectedTrialBySegment")),
                string.Join(",", result.Segments.Select(s => s.AreTrialLimits))));
        }
        if (c.Has("expectedSegmentOfPoint"))
        {
            problems.AddRange(Compare("segment of each point", string.Join(",", c.Numbers("expectedSegmentOfPoint")),
                string.Join(",", result.Points.Select(p => p.Segment))));
        }
        return problems;
    }

    private static string PointType(XmrPoint point, ImprovementDirection direction) => (point.SpecialCauseSide, direction) switch
    {
        (SpecialCauseSide.None, _) => "common_cause",
        (SpecialCauseSide.High, ImprovementDirection.Neither) => "special_cause_neutral_high",
        (SpecialCauseSide.Low, ImprovementDirection.Neither) => "special_cause_neutral_low",
        (SpecialCauseSide.High, ImprovementDirection.Up) or (SpecialCauseSide.Low, ImprovementDirection.Down) => "special_cause_improvement",
        _ => "special_cause_concern",
    };

    private static string VariationName(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => "improvement_high",
        VariationIcon.ImprovementLow => "improvement_low",
        VariationIcon.ConcernHigh => "concern_high",
        VariationIcon.ConcernLow => "concern_low",
        VariationIcon.NeutralHigh => "neutral_high",
        VariationIcon.NeutralLow => "neutral_low",
        _ => "common_cause",
    };
}
