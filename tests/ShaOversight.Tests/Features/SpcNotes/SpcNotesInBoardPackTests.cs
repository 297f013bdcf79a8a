using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Exports.BoardPack;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ShaOversight.Tests.Features.SpcNotes;

[Collection(EditableDatabase.Name)]
public sealed class SpcNotesInBoardPackTests(SliceFixture fixture)
{
    [Fact]
    public async Task The_board_pack_lists_the_regions_recalculation_and_numbered_annotation_under_its_savings_chart()
    {
        // South East Coast: no other edit test writes on it, so its chart changes only here.
        var series = await fixture.RegionSeriesAsync("Q37");
        await fixture.SendAs(SliceFixture.Administrator, new RecordSpcNote(series, SpcNoteKind.Recalculation, new(2009, 4, 1), "New validation rules"));
        await fixture.SendAs(SliceFixture.Administrator, new RecordSpcNote(series, SpcNoteKind.Annotation, new(2008, 10, 1), "Backlog cleared"));

        var pack = await fixture.SendAs(SliceFixture.Administrator, new GetBoardPack("Q37", null, new FinancialYear(2009), new DateOnly(2010, 3, 31)));

        using var document = PdfDocument.Open(pack.Content);
        var text = string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
        Assert.Contains("Limits recalculated from Apr 2009: New validation rules", text);
        Assert.Contains("(1) Oct 2008: Backlog cleared", text);
    }
}
