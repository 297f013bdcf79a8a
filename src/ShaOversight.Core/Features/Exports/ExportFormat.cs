namespace ShaOversight.Core.Features.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format == ExportFormat.Csv ? "csv" : "xlsx";

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Reads "csv" or "xlsx" (any case); anything else is null so callers can say what is allowed.</summary>
    public static ExportFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => null,
    };
}
