using System.Text;

namespace ShaOversight.Core.Features.Exports;

/// <summary>File names that say what and when: <c>nhs-london-savings-contracts-2009-10-as-at-2010-03-31.csv</c>.</summary>
public static class ExportFileName
{
    public static string For(string subject, string what, string? yearUrlValue, DateOnly? asAt, string extension)
    {
        var parts = new List<string> { subject, what };
        if (yearUrlValue is not null) parts.Add(yearUrlValue);
        if (asAt is { } date) parts.Add($"as-at-{date:yyyy-MM-dd}");
        return $"{Slug(string.Join('-', parts))}.{extension}";
    }

    /// <summary>Lower case letters, digits and single hyphens: safe in any file system and any header.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
