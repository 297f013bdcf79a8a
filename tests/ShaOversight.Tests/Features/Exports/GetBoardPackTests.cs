using ShaOversight.Core.Application;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.Summaries;
using ShaOversight.Core.Spc;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Infrastructure;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ShaOversight.Tests.Features.Exports;

[Collection(SeededDatabase.Name)]
public sealed class GetBoardPackTests(SliceFixture fixture)
{
    private static readonly FinancialYear Year = new(2009);
    private static readonly DateOnly YearEnd = new(2010, 3, 31);

    private static List<string> PagesText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // PdfPig gives words; joining them with spaces makes phrases searchable whatever the layout.
        return [.. document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text)))];
    }

    [Fact]
    public async Task An_sha_pack_carries_the_databases_figures_page_numbers_and_the_demonstration_mark()
    {
        var pack = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q36", null, Year, YearEnd));
        var pages = PagesText(pack.Content);
        var all = string.Join("\n", pages);

        // Figures straight from the database, not from the handlers the pack used.
        var (validated, pctCount, meanScore) = await fixture.QueryAsync(async db =>
        {
            var london = db.Contracts.Where(c => (c.Buyer.ParentId ?? c.BuyerId) == db.Organisations.Single(o => o.Code == "Q36").Id && c.AwardedOn <= YearEnd);
            var sum = await db.MonthlyReturns.Where(r => r.Month <= YearEnd && london.Any(c => c.Id == r.ContractId)).SumAsync(r => r.Validated ?? 0m);
            var pcts = await db.Organisations.CountAsync(o => o.Parent!.Code == "Q36" && Organisation.CommissionerKinds.Contains(o.Kind));
            // Every score given in the region, as the assurance lens's summary takes it.
            var scores = await db.CompetencyScores
                .Join(db.Assessments.Where(a => a.AssessmentYear.Year == Year && a.Pct.Parent!.Code == "Q36"), s => s.AssessmentId, a => a.Id, (s, a) => s.Score)
                .ToListAsync();
            return (sum, pcts, (decimal)scores.Sum() / scores.Count);
        });

        Assert.Equal("nhs-london-board-pack-2009-10-as-at-2010-03-31.pdf", pack.FileName);
        Assert.Equal(pages.Count, pack.Pages);
        Assert.True(pack.Pages >= 5);
        Assert.Contains("NHS London", pages[0]);
        Assert.Contains("Summary", pages[0]);
        Assert.Contains($"Validated savings to date {PackFormat.Money(validated)}", all);
        Assert.Contains($"of {pctCount} PCTs and care trusts", all);
        // The label wraps in its cell, so the figure may come before the label's last words.
        Assert.Matches($@"Mean competency score across the (region's PCTs )?{Regex.Escape(PackFormat.Number(meanScore))} ", all);
        Assert.Contains("1. FESC uptake", all);
        Assert.Contains("2. Contract savings", all);
        Assert.Contains("3. World Class Commissioning", all);
        Assert.Contains("latest commentary", all);
        Assert.Contains("Demonstration data.", pages[0]);
        Assert.All(pages, page => Assert.Contains("DEMONSTRATION DATA", page));
        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
        Assert.Contains("Generated", pages[0]);
    }

    [Fact]
    public async Task The_cover_draws_the_savings_icons_with_their_words_as_the_text_alternative()
    {
        var pack = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q36", null, Year, YearEnd));
        var savings = await fixture.SendAs(SliceFixture.LondonBoard, new GetRegionSavings("Q36", YearEnd));
        using var document = PdfDocument.Open(pack.Content);
        var cover = document.GetPage(1);
        var words = cover.GetWords().Select(w => w.Text).ToList();
        var text = string.Join(" ", words);

        // A cell's words wrap onto lines read between its neighbours' lines, so look for them in order.
        Assert.True(InOrder(words, IconWords.Of(savings.AchievementSpc.Variation)));
        Assert.True(InOrder(words, IconWords.Of(savings.AchievementSpc.Assurance)));
        // The cumulative uptake share says why it has no icons, rather than showing a misleading one.
        Assert.Contains(IconSummaries.UptakeHasNoIcons.Split(':')[0], text);
        Assert.DoesNotContain("Will consistently miss the target", text);
        // The icons themselves are drawn on the cover: the hit-and-miss icon's "?" sits beside its words.
        Assert.Equal(AssuranceIcon.Inconsistent, savings.AchievementSpc.Assurance);
        Assert.Contains(cover.Letters, letter => letter.Value == "?");
    }

    private static bool InOrder(List<string> words, string phrase)
    {
        var next = 0;
        foreach (var word in words)
        {
            var wanted = phrase.Split(' ');
            if (next < wanted.Length && word == wanted[next]) next++;
        }
        return next == phrase.Split(' ').Length;
    }

    [Fact]
    public async Task The_pdf_carries_its_title_and_language_and_asks_readers_to_show_the_title()
    {
        var pack = await fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q36", null, Year, YearEnd));
        using var document = PdfDocument.Open(pack.Content);

        Assert.Equal("Board pack: NHS London, 2009/10", document.Information.Title);
        var catalogue = document.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en-GB", catalogue.Get<UglyToad.PdfPig.Tokens.StringToken>(UglyToad.PdfPig.Tokens.NameToken.Lang, document.Structure.TokenScanner).Data);
        var preferences = catalogue.Get<UglyToad.PdfPig.Tokens.DictionaryToken>(UglyToad.PdfPig.Tokens.NameToken.ViewerPreferences, document.Structure.TokenScanner);
        Assert.True(preferences.Get<UglyToad.PdfPig.Tokens.BooleanToken>(UglyToad.PdfPig.Tokens.NameToken.Create("DisplayDocTitle"), document.Structure.TokenScanner).Data);
        // The amended file is still whole: every page reads as before.
        Assert.Equal(pack.Pages, document.NumberOfPages);
    }

    [Fact]
    public async Task A_pct_pack_leads_with_the_pcts_own_contracts()
    {
        var pack = await fixture.SendAs(SliceFixture.HillingdonChiefExecutive, new GetBoardPack("Q36", "5AT", Year, YearEnd));
        var all = string.Join("\n", PagesText(pack.Content));

        Assert.StartsWith("hillingdon-pct-board-pack-", pack.FileName);
        Assert.Contains("Hillingdon PCT: its own figures", all);
        Assert.Contains("FESC-5AT-001", all);
        // A PCT chief executive sees the region's totals, never its neighbours' contracts.
        var neighbour = await fixture.QueryAsync(db => db.Contracts
            .Where(c => c.Buyer.Parent!.Code == "Q36" && c.Buyer.Code != "5AT" && !c.Coverage.Any(cv => cv.Pct.Code == "5AT"))
            .Select(c => c.Reference).FirstAsync());
        Assert.DoesNotContain(neighbour, all);
    }

    [Fact]
    public async Task A_pack_for_another_region_is_refused_and_a_pct_must_be_in_the_sha()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => fixture.SendAs(SliceFixture.LondonBoard, new GetBoardPack("Q35", null, Year, YearEnd)));
        var wrongSha = await Assert.ThrowsAsync<ValidationException>(() => fixture.SendAs(SliceFixture.National, new GetBoardPack("Q35", "5AT", Year, YearEnd)));
        Assert.Contains("is not in SHA Q35", wrongSha.Message);
    }

    [Fact]
    public async Task Generating_a_pack_is_audited_as_a_download()
    {
        var pack = await fixture.SendAs(SliceFixture.National, new GetBoardPack("Q35", null, Year, YearEnd));

        var audit = await fixture.QueryAsync(db => db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal(AuditLog.Download, audit.Action);
        Assert.Equal(pack.FileName, audit.Target);
    }
}
