using ShaOversight.Core.Features.Exports;
using ShaOversight.Core.Tables;

namespace ShaOversight.Core.Features.Pilots;

/// <summary>A dated note on a pilot: its commentary, latest first, then the lessons it has learned.</summary>
public sealed record PilotNote(string Kind, DateOnly On, string? AuthorOrSource, string Text);

/// <summary>A pilot's commentary and lessons learned, in one table so the page and the file hold the same notes.</summary>
public sealed class PilotCommentaryTable : FeatureTable<PilotDetail, PilotNote>
{
    public override string Key => "pilot-commentary";
    public override TableSubject Subject => TableSubject.Pilot;
    public override string Description => "A pilot's dated commentary and lessons learned.";

    private static readonly TableColumns<PilotNote> Columns = new()
    {
        { "Kind", CellKind.Text, n => n.Kind },
        { "On", CellKind.Date, n => n.On },
        new("Author or source", CellKind.Text, n => n.AuthorOrSource) { Display = n => n.AuthorOrSource ?? "Not recorded" },
        { "Text", CellKind.Text, n => n.Text },
    };

    public override TableColumns<PilotNote> ColumnsFor(PilotDetail source) => Columns;
    public override string TitleOf(PilotDetail source) => $"{source.Name} commentary";
    public override string SubjectNameOf(PilotDetail source) => source.Name;

    protected override IEnumerable<PilotNote> RowsOf(PilotDetail source, TableFilters filters) =>
        source.Commentary.Select(c => new PilotNote("Commentary", c.WrittenOn, c.Author, c.Text))
            .Concat(source.Lessons.Select(l => new PilotNote("Lesson", l.RecordedOn, l.Source, l.Text)));

    public override async ValueTask<PilotDetail> LoadAsync(TableServices services, TableRequest request, CancellationToken cancellationToken) =>
        await services.Sender.Send(new GetPilot(request.Pilot ?? 0), cancellationToken);
}
