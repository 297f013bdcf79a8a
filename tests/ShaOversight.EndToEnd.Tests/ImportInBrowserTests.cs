using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using ShaOversight.EndToEnd.Tests.Infrastructure;
using ShaOversight.EndToEnd.Tests.Pages;

namespace ShaOversight.EndToEnd.Tests;

[Collection(LiveAppCollection.Name)]
public sealed class ImportInBrowserTests(LiveApp app)
{
    private const string Header = "Contract reference,Month,Claimed (£),Validated (£)";

    [Fact]
    public async Task An_analyst_uploads_a_file_sees_each_problem_then_loads_a_good_one()
    {
        var page = await app.NewPageAsync();
        await (await SignInPage.OpenAsync(page)).SignInAsAsync("Demo: NHS London performance analyst", "NHS London");
        await page.GotoAsync("/imports");
        await Live.WaitForHeadingAsync(page, "Load data from a file");
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "import-start");

        // A file with two wrong rows: both are listed by row and column, and nothing can be saved.
        await UploadAsync(page, "returns-with-mistakes.csv", $"{Header}\r\nFESC-5AT-001,13/2009,100,\r\nFESC-0036-0905,06/2009,100,100\r\n");
        var problems = page.GetByRole(AriaRole.Table, new() { Name = "Problems found in the file" });
        await Assertions.Expect(problems).ToBeVisibleAsync();
        await Assertions.Expect(problems.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(problems.Locator("tbody tr").Nth(0)).ToContainTextAsync("'13/2009' is not a month");
        await Assertions.Expect(problems.Locator("tbody tr").Nth(1)).ToContainTextAsync("not in your region");
        await Assertions.Expect(page.GetByText("2 problems found; nothing was saved.")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Save 2 rows" }).CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "import-problems");

        // The problems download as a file to work through beside the spreadsheet.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "CSV" }).ClickAsync());
        Assert.Equal("returns-with-mistakes-problems.csv", download.SuggestedFilename);
        var problemsFile = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("\uFEFFRow,Column,Problem\r\n2,Month,", problemsFile);
        Assert.Contains("not in your region", problemsFile);

        // A good file restating a month as held: previewed, saved, and reported as left alone,
        // so the figures the other browser tests compare stay as seeded.
        var (claimed, validated) = await HeldAsync("FESC-5AT-001", "2009-06-01");
        await UploadAsync(page, "returns.csv", $"{Header}\r\nFESC-5AT-001,06/2009,{claimed},{validated}\r\n");
        await Assertions.Expect(page.GetByText("Ready to save: 0 added, 0 changed, 1 left alone.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save 1 row" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved: 0 added, 0 changed, 1 left alone.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await Accessibility.ScreenshotAsync(page, "import-saved");
    }

    private static async Task UploadAsync(IPage page, string name, string content) =>
        await page.GetByLabel("File to check").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(content),
        });

    private async Task<(string Claimed, string Validated)> HeldAsync(string reference, string month)
    {
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.Claimed, r.Validated FROM MonthlyReturns r JOIN Contracts c ON c.Id = r.ContractId
            WHERE c.Reference = $reference AND r.Month = $month
            """;
        command.Parameters.AddWithValue("$reference", reference);
        command.Parameters.AddWithValue("$month", month);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"{reference} has no return for {month}");
        return (Money(reader.GetString(0)), reader.IsDBNull(1) ? "" : Money(reader.GetString(1)));
    }

    private static string Money(string stored) => decimal.Parse(stored, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture);
}
