using Microsoft.Extensions.Configuration;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// How much an upload may hold. A year of returns for a whole region is well under a megabyte
/// and a few thousand rows, so the defaults leave ample room while refusing anything absurd:
/// a file is refused as soon as it is seen to pass a limit, before the work it would cause.
/// Read from <c>Imports</c>.
/// </summary>
public sealed record ImportLimits(
    long MaxFileBytes = 20 * 1_048_576L,
    long MaxExpandedBytes = 200 * 1_048_576L,
    int MaxRows = 200_000,
    int MaxColumns = 50)
{
    /// <summary>Excel's own limit for one cell; a longer value did not come from a spreadsheet.</summary>
    public const int MaxCellCharacters = 32_767;

    public static ImportLimits From(IConfiguration configuration)
    {
        var defaults = new ImportLimits();
        var fileMegabytes = SettingsException.Read(configuration, "Imports:MaxFileMegabytes", defaults.MaxFileBytes / 1_048_576, "a whole number of megabytes");
        var expandedMegabytes = SettingsException.Read(configuration, "Imports:MaxExpandedMegabytes", defaults.MaxExpandedBytes / 1_048_576, "a whole number of megabytes");
        var rows = SettingsException.Read(configuration, "Imports:MaxRows", defaults.MaxRows, "a whole number of rows");
        var columns = SettingsException.Read(configuration, "Imports:MaxColumns", defaults.MaxColumns, "a whole number of columns");
        if (fileMegabytes < 1 || expandedMegabytes < fileMegabytes)
            throw new SettingsException("Imports:MaxFileMegabytes must be 1 or more, and Imports:MaxExpandedMegabytes no less than it.");
        // Excel itself stops at 1,048,576 rows and 16,384 columns (XFD).
        if (rows is < 1 or > 1_048_575 || columns is < 1 or > 16_384)
            throw new SettingsException("Imports:MaxRows must be from 1 to 1048575, and Imports:MaxColumns from 1 to 16384.");
        return new ImportLimits(fileMegabytes * 1_048_576, expandedMegabytes * 1_048_576, rows, columns);
    }

    public string Describe() => $"{MaxFileBytes / 1_048_576} MB";

    /// <summary>Why a file of this size is refused, or null when it is within the limit.</summary>
    public string? TooLarge(long bytes) => bytes <= MaxFileBytes
        ? null
        : FormattableString.Invariant($"The file is {bytes / 1_048_576.0:0.#} MB; the most this service accepts is {Describe()}.");

    /// <summary>The refusal for a sheet or file that holds (or declares) more rows or columns than any template needs.</summary>
    public string TooManyCells(string what) =>
        FormattableString.Invariant($"{what}, more than this service reads: at most {MaxRows:N0} rows of data and {MaxColumns:N0} columns. ")
        + "Copy just the header and your rows into a new file and upload that.";
}
