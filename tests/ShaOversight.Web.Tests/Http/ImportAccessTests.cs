using System.Net;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>Only analysts and administrators reach the import page, its templates and the audit log download; the server decides.</summary>
[Collection(SharedApp.Name)]
public sealed class ImportAccessTests(AppFactory app)
{
    public static TheoryData<string?, string, int, string?> Matrix()
    {
        var data = new TheoryData<string?, string, int, string?>();
        foreach (var path in new[] { "/imports", "/imports/templates/monthly-returns.csv", "/audit/entries.csv?action=Edit" })
        {
            data.Add(null, path, 302, "/signin");
            data.Add("norole", path, 302, "/access-denied");
            data.Add("national", path, 302, "/access-denied");
            data.Add("sha", path, 302, "/access-denied");
            data.Add("pct", path, 302, "/access-denied");
            data.Add("analyst", path, 200, null);
            data.Add("admin", path, 200, null);
        }
        data.Add("analyst", "/imports?kind=assessments", 200, null);
        data.Add("analyst", "/imports?kind=nonsense", 400, null);
        data.Add("analyst", "/imports/templates/nonsense.csv", 404, null);
        data.Add("analyst", "/imports/templates/contracts.pdf", 404, null);
        data.Add("analyst", "/audit/entries.pdf", 400, null);
        data.Add("admin", "/audit/entries.xlsx?from=31-12-2009", 400, null);
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_gets_the_expected_answer(string? demoUser, string path, int status, string? redirectsTo)
    {
        using var client = await app.SignedInClientAsync(demoUser);

        using var response = await client.GetAsync(path);

        Assert.Equal(status, (int)response.StatusCode);
        if (redirectsTo is not null) Assert.Contains(redirectsTo, response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("monthly-returns", "Contract reference,Month,Claimed (£),Validated (£)")]
    [InlineData("stage-changes", "Organisation code,Stage,Date entered,Note")]
    [InlineData("assessments", "PCT code,Year,Competency 1,")]
    public async Task A_csv_template_is_UTF8_with_a_byte_order_mark_and_the_kinds_header(string kind, string header)
    {
        using var client = await app.SignedInClientAsync("analyst");

        using var response = await client.GetAsync($"/imports/templates/{kind}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{kind}-template.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith(header, System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task An_excel_template_is_a_workbook()
    {
        using var client = await app.SignedInClientAsync("admin");

        using var response = await client.GetAsync("/imports/templates/contracts.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task The_page_is_offered_in_the_menu_only_to_those_who_may_write()
    {
        using var analyst = await app.SignedInClientAsync("analyst");
        using var board = await app.SignedInClientAsync("sha");

        Assert.Contains("href=\"/imports\"", await analyst.GetStringAsync("/sha/Q36"));
        Assert.DoesNotContain("href=\"/imports\"", await board.GetStringAsync("/sha/Q36"));
    }
}
