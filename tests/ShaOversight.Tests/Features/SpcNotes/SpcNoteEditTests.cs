using FluentValidation;
using ShaOversight.Core.Domain;
using ShaOversight.Core.Features.Contracts;
using ShaOversight.Core.Features.Edits;
using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Features.Savings;
using ShaOversight.Core.Features.SpcNotes;
using ShaOversight.Core.Security;
using ShaOversight.Tests.Features.Edits;
using ShaOversight.Tests.Infrastructure;

namespace ShaOversight.Tests.Features.SpcNotes;

[Collection(EditableDatabase.Name)]
public sealed class SpcNoteEditTests(SliceFixture fixture)
{
    private static readonly DateOnly AsAt = SpcNoteFacts.AsAt;

    [Fact]
    public async Task An_analysts_recalculation_gives_each_segment_its_own_limits_and_takes_the_icons_from_the_last_segment()
    {
        var (contractId, validated) = await fixture.LongContractAsync(inLondon: true, validatedMonths: 26);
        var series = new SpcSeries(SpcSeriesKind.Contract, contractId);
        var from = validated[13];
        var before = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContract(contractId, AsAt));

        var recorded = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Recalculation, from, " Scope widened "));

        var after = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetContract(contractId, AsAt));
        Assert.Single(before.AchievementSpc.Segments);
        Assert.Equal(2, after.AchievementSpc.Segments.Count);
        var (first, last) = (after.AchievementSpc.Segments[0], after.AchievementSpc.Segments[1]);
        Assert.Equal((from, "Scope widened"), (last.Start, last.Reason));
        Assert.True(first.HasLimits && last.HasLimits);
        Assert.NotEqual(first.Lines.UpperProcessLimit, last.Lines.UpperProcessLimit);
        Assert.Equal(last.Lines.Mean, after.AchievementSpc.Mean);

        // The icons are the last segment's alone: the same as a chart of its months only.
        var lastMonthsOnly = SavingsSpc.Analyse(after.Months.Where(m => m.Validated is not null && m.Month >= from)
            .Select(m => (m.Month, m.Validated!.Value, m.Target)).ToList());
        Assert.Equal((lastMonthsOnly.Variation, lastMonthsOnly.Assurance), (after.AchievementSpc.Variation, after.AchievementSpc.Assurance));
        Assert.Equal(lastMonthsOnly.UpperProcessLimit, after.AchievementSpc.UpperProcessLimit);

        // The region's SPC summary reads the same recalculation, so its row agrees with the page.
        var matrix = await fixture.SendAs(SliceFixture.LondonAnalyst, new GetRegionSpcMatrix("Q36", AsAt));
        var row = Assert.Single(matrix.Rows, r => r.ContractId == contractId);
        Assert.Equal((after.AchievementSpc.Variation, after.AchievementSpc.Assurance), (row.Variation, row.Assurance));

        var shown = Assert.Single(after.AchievementNotes.Recalculations);
        Assert.Equal((recorded.Id, "Scope widened", "Test Analyst"), (shown.Id, shown.Text, shown.Author));
        Assert.True(after.AchievementNotes.CanWrite);
        var audit = Assert.Single(await fixture.EditsOfAsync(recorded.Target));
        Assert.Equal("Scope widened", audit.Detail("after", "Text").GetString());
    }

    [Fact]
    public async Task The_contract_download_carries_each_months_segment_its_own_limits_and_its_annotations()
    {
        var (contractId, validated) = await fixture.LongContractAsync(inLondon: false, validatedMonths: 14);
        var series = new SpcSeries(SpcSeriesKind.Contract, contractId);
        await fixture.SendAs(SliceFixture.Administrator, new RecordSpcNote(series, SpcNoteKind.Recalculation, validated[13], "New validator"));
        await fixture.SendAs(SliceFixture.Administrator, new RecordSpcNote(series, SpcNoteKind.Annotation, validated[2], "Backlog cleared"));
        var year = new FinancialYear(2010);

        var download = await fixture.SendAs(SliceFixture.Administrator, new GetTableDownload("contract-spc", ExportFormat.Csv, year, AsAt, ContractId: contractId));

        var headers = download.Table.Columns.Select(c => c.Header).ToList();
        var rows = download.Table.Rows.ToList();
        object? Cell(DateOnly month, string header) => rows.Single(r => (DateOnly)r[0]! == month)[headers.IndexOf(header)];
        Assert.Equal((1, 2), (Cell(validated[12], "Segment"), Cell(validated[13], "Segment")));
        Assert.Equal("New validator", Cell(validated[13], "Limits recalculated because"));
        // The first segment's 13 months have limits of their own; the months after the break are read afresh.
        Assert.NotNull(Cell(validated[12], "Upper process limit"));
        Assert.NotEqual(Cell(validated[12], "Upper process limit"), Cell(validated[13], "Upper process limit"));
        Assert.Equal("(1) Backlog cleared", Cell(validated[2], "Annotations"));
        Assert.Null(Cell(validated[3], "Annotations"));
    }

    [Fact]
    public async Task A_change_from_a_stale_version_is_a_conflict_naming_who_changed_it_and_the_first_change_stands()
    {
        var series = await fixture.PctSeriesAsync("5AT");
        var note = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Annotation, new(2009, 1, 1), "Scope reduced"));

        var first = await fixture.SendAs(SliceFixture.LondonAnalyst, new ChangeSpcNote(series, note.Id, note.Month, "Scope reduced by a third", note.Version));
        var late = await fixture.SendAs(SliceFixture.Administrator, new ChangeSpcNote(series, note.Id, new(2009, 2, 1), "Scope halved", note.Version));

        Assert.True(first.Saved);
        Assert.Equal(note.Version + 1, first.Current.Version);
        Assert.Equal(EditStatus.Conflict, late.Status);
        Assert.Equal(("Scope reduced by a third", new DateOnly(2009, 1, 1)), (late.Current.Text, late.Current.Month));
        Assert.Equal("Test Analyst", late.LastChange?.By);
        Assert.Equal(2, (await fixture.EditsOfAsync(note.Target)).Count);

        var reapplied = await fixture.SendAs(SliceFixture.Administrator, new ChangeSpcNote(series, note.Id, new(2009, 2, 1), "Scope halved", late.Current.Version));
        Assert.True(reapplied.Saved);
        Assert.Equal(new DateOnly(2009, 2, 1), reapplied.Current.Month);
    }

    [Fact]
    public async Task A_removal_checks_the_version_and_a_note_someone_else_removed_comes_back_as_a_conflict()
    {
        var series = await fixture.PctSeriesAsync("5AT");
        var note = await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Annotation, new(2009, 3, 1), "Typo"));
        var changed = await fixture.SendAs(SliceFixture.LondonAnalyst, new ChangeSpcNote(series, note.Id, note.Month, "Typing slip", note.Version));

        var stale = await fixture.SendAs(SliceFixture.Administrator, new RemoveSpcNote(series, note.Id, note.Version));
        Assert.Equal(EditStatus.Conflict, stale.Status);
        Assert.Equal("Typing slip", stale.Current.Text);

        var removed = await fixture.SendAs(SliceFixture.Administrator, new RemoveSpcNote(series, note.Id, changed.Current.Version));
        Assert.True(removed.Saved);
        Assert.False(await fixture.QueryAsync(db => Task.FromResult(db.SpcNotes.Any(n => n.Id == note.Id))));

        var again = await fixture.SendAs(SliceFixture.LondonAnalyst, new RemoveSpcNote(series, note.Id, changed.Current.Version));
        Assert.Equal(EditStatus.Conflict, again.Status);
        Assert.False(again.Current.IsStored);
        Assert.Equal("Test Admin", again.LastChange?.By);
        Assert.Equal(3, (await fixture.EditsOfAsync(note.Target)).Count);
    }

    [Fact]
    public async Task A_second_recalculation_in_a_month_a_month_outside_the_contract_and_a_blank_reason_are_refused_field_by_field()
    {
        var (contractId, _, startsOn) = await fixture.ContractInAsync("Q36", skip: 7);
        var series = new SpcSeries(SpcSeriesKind.Contract, contractId);
        var month = new DateOnly(startsOn.Year, startsOn.Month, 1).AddMonths(2);
        await fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Recalculation, month, "Re-procured"));

        var twice = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Recalculation, month, "Again")));
        var outside = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Annotation, new(2001, 1, 1), "Before the term")));
        var blank = await Assert.ThrowsAsync<ValidationException>(() =>
            fixture.SendAs(SliceFixture.LondonAnalyst, new RecordSpcNote(series, SpcNoteKind.Annotation, new(2009, 5, 17), " ")));

        Assert.Equal("Month", Assert.Single(twice.Errors).PropertyName);
        Assert.Equal("Month", Assert.Single(outside.Errors).PropertyName);
        Assert.Equal(["Month", "Text"], blank.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(1, await fixture.StoredNotesAsync(series));
    }
}
