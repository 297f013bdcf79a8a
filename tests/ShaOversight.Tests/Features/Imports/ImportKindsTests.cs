using ShaOversight.Core.Application;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Imports;
using ShaOversight.Tests.Infrastructure;
using static ShaOversight.Tests.Features.Imports.ImportFiles;

namespace ShaOversight.Tests.Features.Imports;

/// <summary>The four smaller kinds: what they write, how they replace, and what they refuse.</summary>
public sealed class ImportKindsTests(ImportFixture fixture) : IClassFixture<ImportFixture>
{
    public static TheoryData<ImportKind, string> Templates =>
        new() { { ImportKind.MonthlyReturns, "csv" }, { ImportKind.StageChanges, "csv" }, { ImportKind.Contracts, "csv" }, { ImportKind.PilotUpdates, "csv" }, { ImportKind.Assessments, "csv" },
                { ImportKind.MonthlyReturns, "xlsx" }, { ImportKind.StageChanges, "xlsx" }, { ImportKind.Contracts, "xlsx" }, { ImportKind.PilotUpdates, "xlsx" }, { ImportKind.Assessments, "xlsx" } };

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Every_template_passes_its_own_checks(ImportKind kind, string format)
    {
        var template = fixture.GetService<ImportTemplates>().For(kind, ExportFormats.Parse(format)!.Value);
        using var written = new MemoryStream();
        await template.WriteAsync(written, CancellationToken.None);
        var file = new UploadedFile(template.FileName, written.ToArray());

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(kind, file));

        Assert.Empty(outcome.Problems);
        Assert.Equal(format == "csv" ? "CSV" : "Excel", outcome.Format);
        Assert.True(outcome.Added + outcome.Changed + outcome.Unchanged > 0);
    }

    [Fact]
    public async Task Stage_changes_add_and_replace_a_buyers_stage_and_a_second_load_changes_nothing()
    {
        var file = Csv("stages.csv", "Organisation code,Stage,Date entered,Note",
            "5C2,Interest expressed,14/02/2008,Board seminar",
            "5C2,business case drafted,2008-05-30,",
            "5AT,Live,02/12/2007,Went live a day late");

        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.StageChanges, file));
        var second = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.StageChanges, file));

        Assert.Empty(first.Problems);
        Assert.Equal(3, first.Added + first.Changed);
        Assert.Equal((0, 0, 3), (second.Added, second.Changed, second.Unchanged));
        var live = await fixture.QueryAsync(db => db.StageChanges.Where(s => s.Buyer.Code == "5AT" && s.Stage == FescStage.Live).ToListAsync());
        Assert.Equal(new DateOnly(2007, 12, 2), Assert.Single(live).ChangedOn);
    }

    [Fact]
    public async Task Stage_changes_refuse_unknown_stages_future_dates_and_other_regions()
    {
        var file = Csv("stages.csv", "Organisation code,Stage,Date entered,Note",
            "5C2,Signed,14/02/2008,",
            "5C2,Live,01/01/2099,",
            "5NT,Live,01/01/2009,");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.StageChanges, file));

        Assert.Equal([(2, "Stage"), (3, "Date entered"), (4, "Organisation code")], outcome.Problems.Select(p => (p.Row!.Value, p.Column!)).ToList());
        Assert.Contains("Interest expressed, Business case drafted", outcome.Problems[0].Reason);
        Assert.Contains("in the future", outcome.Problems[1].Reason);
    }

    [Fact]
    public async Task A_new_contract_is_phased_and_a_changed_target_is_rephased()
    {
        const string header = "Reference,Title,Buyer code,Supplier,FESC list,Service areas,Covers PCTs,Awarded on,Starts on,Term (months),Annual fee (£),Savings target (£),Gain share (%)";
        var added = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.Contracts,
            Csv("contracts.csv", header, "FESC-TEST-001,Demand management,5C2,BUPA Commissioning,Micro,CP;PMSR,,01/03/2009,01/04/2009,24,200000,2400000,20")));
        var changed = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.Contracts,
            Csv("contracts.csv", header, "FESC-TEST-001,Demand management,5C2,BUPA Commissioning,Micro,CP,,01/03/2009,01/04/2009,24,200000,3600000,20")));

        Assert.Equal(1, added.Added);
        Assert.Equal(1, changed.Changed);
        var contract = await fixture.QueryAsync(db => db.Contracts.Include(c => c.TargetPhases).Include(c => c.ServiceAreas).Include(c => c.Coverage).SingleAsync(c => c.Reference == "FESC-TEST-001"));
        Assert.Equal(new DateOnly(2011, 3, 31), contract.EndsOn);
        Assert.Equal(24, contract.TargetPhases.Count);
        Assert.Equal(3_600_000m, contract.TargetPhases.Sum(p => p.Target));
        Assert.Single(contract.ServiceAreas);
        Assert.Single(contract.Coverage);
    }

    [Fact]
    public async Task Contracts_refuse_unknown_suppliers_areas_and_pcts_outside_the_buyers_region()
    {
        const string header = "Reference,Title,Buyer code,Supplier,FESC list,Service areas,Covers PCTs,Awarded on,Starts on,Term (months),Annual fee (£),Savings target (£),Gain share (%)";
        var outcome = await fixture.SendAs(SliceFixture.Administrator, new PreviewImport(ImportKind.Contracts,
            Csv("contracts.csv", header, "FESC-TEST-002,Support,Q36,Acme Ltd,Nano,CP;XX,5C2;5NT,01/05/2009,01/04/2009,0,200000,2400000,120")));

        var columns = outcome.Problems.Select(p => p.Column).ToList();
        Assert.Equal(["FESC list", "Term (months)", "Gain share (%)", "Supplier", "Service areas", "Awarded on", "Covers PCTs"], columns);
        Assert.Contains("is not in the buyer's region", outcome.Problems.Single(p => p.Column == "Covers PCTs").Reason);
    }

    [Fact]
    public async Task Moving_a_contract_held_in_another_region_is_refused_by_row_and_audited()
    {
        const string header = "Reference,Title,Buyer code,Supplier,FESC list,Service areas,Covers PCTs,Awarded on,Starts on,Term (months),Annual fee (£),Savings target (£),Gain share (%)";
        var before = await fixture.ChecksumAsync();
        var refusals = await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied));

        // FESC-0036-0905 belongs to a PCT outside London; the file would give it to a London PCT.
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.Contracts,
            Csv("contracts.csv", header, "FESC-0036-0905,Support,5C2,BUPA Commissioning,Micro,CP,,01/03/2009,01/04/2009,24,200000,2400000,20")));

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal((2, "Reference"), (problem.Row, problem.Column));
        Assert.Contains("is held for", problem.Reason);
        Assert.False(outcome.Committed);
        Assert.Equal(before, await fixture.ChecksumAsync());
        Assert.Equal(refusals + 1, await fixture.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditLog.AccessDenied)));
    }

    [Fact]
    public async Task Pilot_updates_set_milestones_rag_and_commentary_once()
    {
        var file = Csv("pilots.csv", "Pilot code,Update,Title or author,Date,Actual date,Status,Text",
            "5AT,Milestone,Quarterly review,31/03/2010,,On track,",
            "5AT,RAG,,31/03/2010,,Red,Savings well behind target",
            "5AT,Commentary,Director of commissioning,31/03/2010,,,Recovery plan agreed.");

        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.PilotUpdates, file));
        var second = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.PilotUpdates, file));

        Assert.Empty(first.Problems);
        Assert.Equal((0, 0, 3), (second.Added, second.Changed, second.Unchanged));
        var pilot = await fixture.QueryAsync(db => db.Pilots.Include(p => p.Commentary).Include(p => p.Milestones).SingleAsync(p => p.Organisation.Code == "5AT"));
        Assert.Equal((Rag.Red, "Savings well behind target"), (pilot.Rag, pilot.RagReason));
        Assert.Single(pilot.Commentary, c => c.Text == "Recovery plan agreed.");
        Assert.Single(pilot.Milestones, m => m.Title == "Quarterly review" && m.Status == MilestoneStatus.OnTrack);
    }

    [Fact]
    public async Task Pilot_updates_refuse_non_pilots_and_incomplete_updates()
    {
        var file = Csv("pilots.csv", "Pilot code,Update,Title or author,Date,Actual date,Status,Text",
            "5C2,Commentary,Someone,31/03/2010,,,Text",
            "5AT,RAG,,31/03/2010,,Purple,",
            "5AT,Milestone,Done,31/03/2010,,Complete,");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.PilotUpdates, file));

        Assert.Equal([(2, "Pilot code"), (3, "Status"), (3, "Text"), (4, "Actual date")], outcome.Problems.Select(p => (p.Row!.Value, p.Column!)).ToList());
    }

    [Fact]
    public async Task Pilot_updates_keep_the_forms_limits_on_reasons_and_dates()
    {
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("dd/MM/yyyy");
        var file = Csv("pilots.csv", "Pilot code,Update,Title or author,Date,Actual date,Status,Text",
            $"5AT,RAG,,31/03/2010,,Red,{new string('x', 1001)}",
            $"5AT,Commentary,Director,{future},,,Written ahead of time.",
            $"5AT,Milestone,Contract signed,31/03/2010,{future},Complete,");

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.PilotUpdates, file));

        Assert.Equal([(2, "Text"), (3, "Date"), (4, "Actual date")], outcome.Problems.Select(p => (p.Row!.Value, p.Column!)).ToList());
        Assert.Contains("a RAG reason is at most 1,000", outcome.Problems[0].Reason);
        Assert.Contains("cannot be in the future", outcome.Problems[1].Reason);
        Assert.Contains("cannot be in the future", outcome.Problems[2].Reason);
    }

    [Fact]
    public async Task An_assessment_row_replaces_the_round_and_a_blank_score_is_missing_not_zero()
    {
        const string header = "PCT code,Year,Competency 1,Competency 2,Competency 3,Competency 4,Competency 5,Competency 6,Competency 7,Competency 8,Competency 9,Competency 10,Competency 11,Strategy RAG,Finance RAG,Board RAG";
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.Assessments,
            Csv("wcc.csv", header, "5C2,2009/10,4,4,4,,4,4,4,4,4,4,4,Green,green,")));

        Assert.Empty(outcome.Problems);
        var assessment = await fixture.QueryAsync(db => db.Assessments.Include(a => a.Scores).SingleAsync(a => a.Pct.Code == "5C2" && a.AssessmentYear.RoundNumber == 2));
        Assert.Equal(10, assessment.Scores.Count);
        Assert.DoesNotContain(assessment.Scores, s => s.CompetencyNumber == 4);
        Assert.All(assessment.Scores, s => Assert.Equal(4, s.Score));
        Assert.Null(assessment.BoardRag);
    }

    [Fact]
    public async Task Changing_only_an_assessments_scores_moves_its_version_so_an_open_form_sees_a_conflict()
    {
        const string header = "PCT code,Year,Competency 1,Competency 2,Competency 3,Competency 4,Competency 5,Competency 6,Competency 7,Competency 8,Competency 9,Competency 10,Competency 11,Strategy RAG,Finance RAG,Board RAG";
        var held = await fixture.QueryAsync(db => db.Assessments.Include(a => a.Scores).Include(a => a.Pct)
            .Where(a => a.Pct.Parent!.Code == "Q36" && a.Pct.Code != "5C2" && a.AssessmentYear.RoundNumber == 2 && a.Scores.Any())
            .OrderBy(a => a.Pct.Code).FirstAsync());
        var first = held.Scores.OrderBy(s => s.CompetencyNumber).First();
        var scores = Enumerable.Range(1, 11).Select(n =>
            held.Scores.FirstOrDefault(s => s.CompetencyNumber == n) is { } score
                ? (n == first.CompetencyNumber ? (score.Score == 4 ? 3 : score.Score + 1) : score.Score).ToString()
                : "");
        var row = string.Join(",", [held.Pct.Code, "2009/10", .. scores, held.StrategyRag?.ToString() ?? "", held.FinanceRag?.ToString() ?? "", held.BoardRag?.ToString() ?? ""]);

        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new CommitImport(ImportKind.Assessments, Csv("wcc.csv", header, row)));

        Assert.Empty(outcome.Problems);
        Assert.Equal(1, outcome.Changed);
        var version = await fixture.QueryAsync(db => db.Assessments.Where(a => a.Id == held.Id).Select(a => a.Version).SingleAsync());
        Assert.Equal(held.Version + 1, version);
    }

    [Fact]
    public async Task Assessments_refuse_scores_out_of_range_unrated_competencies_and_unknown_rounds()
    {
        const string header = "PCT code,Year,Competency 1,Competency 2,Competency 3,Competency 4,Competency 5,Competency 6,Competency 7,Competency 8,Competency 9,Competency 10,Competency 11,Strategy RAG,Finance RAG,Board RAG";
        var outcome = await fixture.SendAs(SliceFixture.LondonAnalyst, new PreviewImport(ImportKind.Assessments,
            Csv("wcc.csv", header, "5C2,2008/09,5,0,2,2,2,2,2,2,2,2,3,,,", "5C2,2010/11,2,2,2,2,2,2,2,2,2,2,2,,,", "Q36,2009/10,2,2,2,2,2,2,2,2,2,2,2,,,")));

        Assert.Equal([(2, "Competency 1"), (2, "Competency 2"), (2, "Competency 11"), (3, "Year"), (4, "PCT code")],
            outcome.Problems.Select(p => (p.Row!.Value, p.Column!)).ToList());
        Assert.Contains("not rated in 2008/09", outcome.Problems[2].Reason);
    }
}
