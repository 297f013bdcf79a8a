using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ShaOversight.Core.Data;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// The savings and contract pages' tables as served, against the files their own download links fetch:
/// the same rows, columns and values, in the page and order in the address.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class SavingsTablesPageTests(AppFactory app)
{
    private const string Period = "year=2009-10&asAt=2010-03-31";

    [Fact]
    public async Task The_spc_matrix_on_the_savings_lens_downloads_the_rows_it_shows_in_the_order_its_address_names()
    {
        using var client = await app.SignedInClientAsync("sha");

        var page = await PageAsync(client, $"/sha/Q36?lens=savings&{Period}&savings-spc-matrix-sort=variation-desc");
        var section = page.QuerySelector("#spc-matrix-title")!.ParentElement!;
        var csv = section.QuerySelector("a[href*='savings-spc-matrix.csv']")!.GetAttribute("href")!;

        Assert.Contains("sort=variation-desc", WebUtility.HtmlDecode(csv));
        await AssertSameAsync(client, section.QuerySelector("table[data-table='savings-spc-matrix']")!, csv);
        // The sort link says which way it runs now, and the other table on the page keeps its own order.
        Assert.Equal("descending", section.QuerySelector("th[aria-sort] a[href*='savings-spc-matrix-sort=variation']")!.ParentElement!.GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task A_filtered_lens_offers_the_savings_funnel_of_its_listed_contracts_only()
    {
        using var client = await app.SignedInClientAsync("sha");

        var page = await PageAsync(client, $"/sha/Q36?lens=savings&{Period}&list=MICRO");
        var href = WebUtility.HtmlDecode(page.QuerySelector("a[href*='savings-funnel.csv']")!.GetAttribute("href")!);
        var filtered = Csv(await client.GetStringAsync(href));
        var whole = Csv(await client.GetStringAsync($"/exports/savings-funnel.csv?sha=Q36&{Period}"));

        Assert.Contains("list=MICRO", href);
        Assert.InRange(filtered.Count - 1, 1, whole.Count - 2);
        // Each contract in the filtered file is listed on the filtered lens.
        var listed = page.QuerySelectorAll("table[data-table='savings-contracts'] [data-heading='Reference']").Select(e => e.GetAttribute("data-value")).ToList();
        Assert.All(filtered.Skip(1), row => Assert.Contains(row[0], listed));
    }

    [Fact]
    public async Task A_contracts_months_table_downloads_the_rows_it_shows_and_shades_the_month_its_page_shows()
    {
        int id;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            id = await db.Contracts.Where(c => c.Reference == "FESC-5AT-001").Select(c => c.Id).SingleAsync();
        }
        using var client = await app.SignedInClientAsync("sha");

        var page = await PageAsync(client, $"/contracts/{id}?{Period}&month=2009-06");
        var table = page.QuerySelector("table[data-table='contract-months']")!;
        var csv = page.QuerySelector("a[href*='contract-months.csv']")!.GetAttribute("href")!;

        await AssertSameAsync(client, table, csv);
        Assert.Equal("June 2009", table.QuerySelector("tr.selected th")!.TextContent.Trim());
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string path) =>
        await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(path));

    /// <summary>Every row of the table, each value by its heading, is the file's row, column for column.</summary>
    private static async Task AssertSameAsync(HttpClient client, IElement table, string href)
    {
        var lines = Csv(await client.GetStringAsync(WebUtility.HtmlDecode(href)));
        var headings = lines[0];
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.Equal(lines.Count - 1, rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var shown = rows[r].QuerySelectorAll("[data-heading]").ToDictionary(e => e.GetAttribute("data-heading")!, e => e.GetAttribute("data-value")!);
            Assert.Equal(headings.Order(), shown.Keys.Order());
            for (var c = 0; c < headings.Count; c++) Assert.Equal(lines[r + 1][c], shown[headings[c]]);
        }
    }

    /// <summary>RFC 4180, as the writer writes it: quoted fields may hold commas and doubled quotes.</summary>
    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var (row, field, quoted) = (new List<string>(), new System.Text.StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else if (c != '\r' && c != '\uFEFF') field.Append(c);
        }
        return rows;
    }
}
