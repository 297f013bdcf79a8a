using System.Security.Cryptography;

namespace ShaOversight.Core.Features.Imports;

/// <summary>A file as uploaded or named on the command line: its name, for messages, and its bytes.</summary>
public sealed record UploadedFile(string FileName, byte[] Content)
{
    /// <summary>SHA-256 of the bytes, in lower-case hex: how an identical second load is recognised.</summary>
    public string Hash { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));

    /// <summary>
    /// Decides the format from the bytes, never from the name, and reads the rows. Anything
    /// that is neither a workbook nor text is refused with what it seems to be.
    /// </summary>
    public TabularReadResult ReadTable(ImportLimits limits, CancellationToken cancellationToken)
    {
        if (limits.TooLarge(Content.Length) is { } tooLarge)
            return TabularReadResult.Refused(tooLarge);
        if (Content.Length == 0)
            return TabularReadResult.Refused("The file is empty.");

        var bytes = Content.AsSpan();
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return ExcelTable.Read(Content, limits, cancellationToken);
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            return TabularReadResult.Refused("This is an old-style Excel 97–2003 (.xls) file. Save it as an Excel Workbook (.xlsx) or CSV and upload that.");
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
            return TabularReadResult.Refused("The file is UTF-16 text (Excel's \"Unicode Text\"). Save it as \"CSV UTF-8 (Comma delimited)\" instead.");
        if (Signature(bytes) is { } kind)
            return TabularReadResult.Refused($"The file is {kind}, not a CSV file or Excel workbook, whatever its name says.");
        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
            return TabularReadResult.Refused("The file holds binary data, not text: it is not a CSV file or Excel workbook, whatever its name says.");
        return CsvTable.Read(bytes, limits, cancellationToken);
    }

    private static string? Signature(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF"u8) ? "a PDF document" :
        bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) ? "a PNG image" :
        bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "a JPEG image" :
        bytes.StartsWith("GIF8"u8) ? "a GIF image" :
        bytes.StartsWith("MZ"u8) ? "a Windows program" :
        bytes.StartsWith(new byte[] { 0x7F, 0x45, 0x4C, 0x46 }) ? "a Linux program" :
        bytes.StartsWith(new byte[] { 0x1F, 0x8B }) ? "a gzip archive" :
        null;
}
