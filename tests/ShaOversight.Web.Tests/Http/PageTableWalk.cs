using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ShaOversight.Web.Tests.Http;

/// <summary>A defined table compared with its download: where, which, and how many rows agreed.</summary>
public sealed record ComparedTable(string Page, string Key, int Rows);

/// <summary>A table drawn by hand rather than from a table definition, described so a reader can find it.</summary>
public sealed record LooseTable(string Page, string Description);

/// <summary>What one role's walk through the pages found.</summary>
public sealed record RoleWalk(
    string Role, IReadOnlyList<string> Refused, IReadOnlyList<ComparedTable> Compared, IReadOnlyList<LooseTable> Loose, IReadOnlyList<string> Problems)
{
    public string Summary => $"{Role} compared {Compared.Count} tables: "
        + string.Join("; ", Compared.Select(c => $"{c.Key} on {c.Page} ({c.Rows} rows)"))
        + $". Refused: {(Refused.Count == 0 ? "none" : string.Join(", ", Refused))}.";
}

/// <summary>Each role's walk, made once and shared by the tests that read it.</summary>
public sealed class PageTableWalks
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RoleWalk>>> _walks = new();

    public Task<RoleWalk> OfAsync(string role, Func<Task<RoleWalk>> walk) => _walks.GetOrAdd(role, _ => new(walk)).Value;
}

/// <summary>
/// Opens pages as prerendered HTML, as a browser first receives them, and compares every table a
/// feature defines (<c>table[data-table]</c>) with the CSV its own download link gives: the same
/// headings, the same rows in the same order, and each cell's <c>data-value</c> equal to the file's.
/// Any other table is noted as loose unless it sits in (or is) an element one of the
/// <c>handDrawn</c> selectors matches.
/// </summary>
public sealed class PageTableWalk(HttpClient client, string role, IEnumerable<string> handDrawn)
{
    private static readonly HtmlParser Parser = new();
    private readonly List<string> _refused = [];
    private readonly List<ComparedTable> _compared = [];
    private readonly List<LooseTable> _loose = [];
    private readonly List<string> _problems = [];

    public async Task<RoleWalk> WalkAsync(IEnumerable<string> pages)
    {
        foreach (var page in pages)
        {
            using var response = await client.GetAsync(page);
            if (IsRefusal(response))
            {
                _refused.Add(page);
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                _problems.Add($"{page} answered {(int)response.StatusCode}.");
                continue;
            }
            var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            var inOrder = document.All.ToList();
            foreach (var table in document.QuerySelectorAll("table"))
            {
                if (table.GetAttribute("data-table") is { } key) await CompareAsync(page, key, table, inOrder);
                else if (!handDrawn.Any(selector => table.Closest(selector) is not null)) _loose.Add(new LooseTable(page, Describe(table, inOrder)));
            }
        }
        return new RoleWalk(role, _refused, _compared, _loose, _problems);
    }

    private async Task CompareAsync(string page, string key, IElement table, List<IElement> inOrder)
    {
        var link = DownloadLinkFor(key, table, inOrder);
        if (link is null)
        {
            _problems.Add($"{page}: the {key} table has no CSV download link.");
            return;
        }
        using var download = await client.GetAsync(link);
        if (download.StatusCode != HttpStatusCode.OK)
        {
            _problems.Add($"{page}: the {key} table's download {link} answered {(int)download.StatusCode}.");
            return;
        }
        var records = Rfc4180.Parse(await download.Content.ReadAsStringAsync());
        var (headings, fileRows) = (records[0], records.Skip(1).ToList());
        var shownRows = table.QuerySelectorAll("tbody > tr")
            .Select(tr => tr.QuerySelectorAll("[data-heading][data-value]").Select(cell => (Heading: cell.GetAttribute("data-heading")!, Value: cell.GetAttribute("data-value")!)).ToList())
            .ToList();
        var before = _problems.Count;
        if (shownRows.Count != fileRows.Count)
            _problems.Add($"{page}: the {key} table shows {shownRows.Count} rows; its download ({link}) holds {fileRows.Count}.");
        for (var i = 0; i < Math.Min(shownRows.Count, fileRows.Count) && _problems.Count - before < 10; i++)
            CompareRow($"{page}: the {key} table's row {i + 1}", shownRows[i], headings, fileRows[i]);
        _compared.Add(new ComparedTable(page, key, shownRows.Count));
    }

    private void CompareRow(string where, List<(string Heading, string Value)> shown, List<string> headings, List<string> file)
    {
        // On screen a detail column sits under its main one, so compare by heading, in the file's order.
        var shownHeadings = shown.Select(c => c.Heading).OrderBy(headings.IndexOf).ToList();
        if (!shownHeadings.SequenceEqual(headings))
        {
            _problems.Add($"{where} shows the columns [{string.Join(" | ", shownHeadings)}]; the file has [{string.Join(" | ", headings)}].");
            return;
        }
        foreach (var (heading, value) in shown)
        {
            var inFile = file[headings.IndexOf(heading)];
            if (value != inFile) _problems.Add($"{where} shows '{value}' under '{heading}'; the file has '{inFile}'.");
        }
    }

    /// <summary>The table's own link: the first after it for its key (a defined table's links follow it, as a chart's follow its figures).</summary>
    private static string? DownloadLinkFor(string key, IElement table, List<IElement> inOrder)
    {
        var selector = $"a[href^=\"/exports/{key}.csv\"]";
        var after = inOrder.Skip(inOrder.IndexOf(table) + 1).FirstOrDefault(e => e.Matches(selector));
        return (after ?? inOrder.LastOrDefault(e => e.Matches(selector)))?.GetAttribute("href");
    }

    /// <summary>A page refuses a role with 403 or 404, or (an administrator's page) by sending it to the access-denied page.</summary>
    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true);

    /// <summary>The table's caption, or else the heading above it, with its first column's heading.</summary>
    private static string Describe(IElement table, List<IElement> inOrder)
    {
        var name = table.QuerySelector("caption")?.TextContent is { } caption && !string.IsNullOrWhiteSpace(caption) ? caption
            : inOrder.Take(inOrder.IndexOf(table)).LastOrDefault(e => e.LocalName is "h1" or "h2" or "h3" or "h4")?.TextContent ?? "no heading";
        var firstHeading = table.QuerySelector("th")?.TextContent.Trim();
        return $"'{string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}' (first column '{firstHeading}', class '{table.ClassName}')";
    }
}

/// <summary>A CSV file's records as RFC 4180 reads them: quoted fields may hold commas, doubled quotes and line breaks.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') EndField();
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                EndRecord();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) EndRecord();
        return records;

        void EndField()
        {
            record.Add(field.ToString());
            field.Clear();
        }

        void EndRecord()
        {
            EndField();
            records.Add(record);
            record = [];
        }
    }
}
