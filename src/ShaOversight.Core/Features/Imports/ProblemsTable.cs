using ShaOversight.Core.Features.Exports;

namespace ShaOversight.Core.Features.Imports;

/// <summary>A preview's problems as a table, so an analyst can work through them beside the file in Excel.</summary>
public static class ProblemsTable
{
    public static TableDownload For(ImportOutcome outcome, ExportFormat format) => new(
        ExportFileName.For(Path.GetFileNameWithoutExtension(outcome.FileName), "problems", null, null, format.Extension()),
        format,
        new TableExport($"Problems in {outcome.FileName}",
            [new("Row", CellKind.Integer), new("Column", CellKind.Text), new("Problem", CellKind.Text)],
            outcome.Problems.Select(p => (IReadOnlyList<object?>)[p.Row, p.Column, p.Reason])));
}
