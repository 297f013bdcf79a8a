using Xunit.Abstractions;

namespace ShaOversight.Tests.Spc.Agreement;

/// <summary>
/// Agreement with NHSRplotthedots, the reference implementation of Making Data Count, on the
/// inputs and answers its own tests and snapshots publish (NhsrPlotTheDotsCases.json).
/// </summary>
public sealed class NhsrPlotTheDotsAgreementTests(ITestOutputHelper output)
{
    public static TheoryData<string> CaseIds => new(NhsrPlotTheDotsCase.All.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Each_published_case_agrees_with_nhsrplotthedots_under_its_settings(string id)
    {
        var agreementCase = NhsrPlotTheDotsCase.All.Single(c => c.Id == id);

        Assert.True(agreementCase.Mismatches(mdcDefaults: false) is [], $"{agreementCase.Source}: "
            + string.Join("; ", agreementCase.Mismatches(mdcDefaults: false)));
    }

    [Fact]
    public void Under_our_mdc_defaults_only_cases_with_a_recorded_mdc_difference_disagree()
    {
        var cases = NhsrPlotTheDotsCase.All;
        var underTheirs = cases.Count(c => c.Mismatches(mdcDefaults: false) is []);
        var disagreeUnderOurs = cases.Where(c => c.Mismatches(mdcDefaults: true) is not []).ToList();

        output.WriteLine($"{underTheirs} of {cases.Count} published cases agree under NHSRplotthedots' settings; "
            + $"{cases.Count - disagreeUnderOurs.Count} of {cases.Count} under our MDC defaults.");
        foreach (var c in disagreeUnderOurs)
            output.WriteLine($"  {c.Id}: {c.MdcDefaultsDiffer ?? "NO RECORDED REASON"}");

        Assert.Equal(cases.Where(c => c.MdcDefaultsDiffer is not null).Select(c => c.Id), disagreeUnderOurs.Select(c => c.Id));
    }

    [Fact]
    public void The_agreement_data_covers_every_kind_of_published_case()
    {
        var cases = NhsrPlotTheDotsCase.All;

        Assert.Equal(["assurance", "precedence", "series", "shift", "trend", "twoOfThree"],
            cases.Select(c => c.Text("kind")).Distinct().Order());
        Assert.True(cases.Count >= 50, $"only {cases.Count} cases");
    }
}
