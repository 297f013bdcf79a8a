using Microsoft.Extensions.Configuration;
using ShaOversight.Core.Data;

namespace ShaOversight.Core.Features.Imports;

/// <summary>
/// How large an upload may be. A year of returns for a whole region is well under a megabyte,
/// so the defaults leave ample room while refusing anything absurd. Read from <c>Imports</c>.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes = 20 * 1_048_576L, long MaxExpandedBytes = 200 * 1_048_576L)
{
    public static ImportLimits From(IConfiguration configuration)
    {
        var defaults = new ImportLimits();
        var fileMegabytes = SettingsException.Read(configuration, "Imports:MaxFileMegabytes", defaults.MaxFileBytes / 1_048_576, "a whole number of megabytes");
        var expandedMegabytes = SettingsException.Read(configuration, "Imports:MaxExpandedMegabytes", defaults.MaxExpandedBytes / 1_048_576, "a whole number of megabytes");
        if (fileMegabytes < 1 || expandedMegabytes < fileMegabytes)
            throw new SettingsException("Imports:MaxFileMegabytes must be 1 or more, and Imports:MaxExpandedMegabytes no less than it.");
        return new ImportLimits(fileMegabytes * 1_048_576, expandedMegabytes * 1_048_576);
    }

    public string Describe() => $"{MaxFileBytes / 1_048_576} MB";

    /// <summary>Why a file of this size is refused, or null when it is within the limit.</summary>
    public string? TooLarge(long bytes) => bytes <= MaxFileBytes
        ? null
        : FormattableString.Invariant($"The file is {bytes / 1_048_576.0:0.#} MB; the most this service accepts is {Describe()}.");
}
