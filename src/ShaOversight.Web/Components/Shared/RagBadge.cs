using System.Net;
using Microsoft.AspNetCore.Components;
using ShaOversight.Core.Domain;

namespace ShaOversight.Web.Components.Shared;

/// <summary>
/// Red, amber or green as a word on its colour, so the rating reads without colour and to a screen
/// reader. Markup rather than a component, as a table of contracts shows one a row.
/// </summary>
public static class RagBadge
{
    private static readonly MarkupString NotRated = Write(null);
    private static readonly Dictionary<Rag, MarkupString> Ratings = Enum.GetValues<Rag>().ToDictionary(rag => rag, rag => Write(rag));

    /// <summary>The rating's badge; null shows "Not rated" rather than pretending to a colour.</summary>
    public static MarkupString Of(Rag? value) => value is { } rag ? Ratings[rag] : NotRated;

    private static MarkupString Write(Rag? value)
    {
        var text = value?.ToString() ?? "Not rated";
        var cssClass = value is { } rag ? $"rag-{rag.ToString().ToLowerInvariant()}" : "rag-none";
        return new MarkupString($"<span class=\"rag-badge {cssClass}\">{WebUtility.HtmlEncode(text)}</span>");
    }
}
