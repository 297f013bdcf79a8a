using System.Net;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

/// <summary>
/// Tampered addresses and forms, as an attacker would send them. Each gets the right status and a
/// designed page that says what to do, never a stack trace: in Development (where the framework's
/// exception page would otherwise show) and in Production alike.
/// </summary>
public abstract class BadInputTests(AppFactory app)
{
    private const string Period = "year=2009-10&asAt=2010-03-31";
    private const string CannotBeUsed = "This request cannot be used";
    private const string NotFound = "Page not found";

    public static TheoryData<string?, string, string, int, string> Requests() => new()
    {
        // Query values that do not parse.
        { "admin", "GET", "/audit?page=abc", 400, "The page in the address is not a page number." },
        { "admin", "GET", "/audit?page=99999999999", 400, "There is no page 99999999999 of the audit log." },
        { "admin", "GET", "/audit?page=2000000000", 400, "There is no page 2000000000 of the audit log." },
        { "admin", "GET", "/audit?page=0", 400, "Pages are numbered from 1." },
        { "admin", "GET", $"/exports/contract-summary.csv?contract=abc&{Period}", 400, CannotBeUsed },
        { "admin", "GET", $"/exports/contract-summary.csv?contract=99999999999&{Period}", 400, CannotBeUsed },
        { "admin", "GET", $"/exports/pilot-milestones.csv?pilot=%00&{Period}", 400, CannotBeUsed },
        { "admin", "GET", "/england?year=not-a-year", 400, "This view cannot be shown" },
        // Ids that name nothing.
        { "admin", "GET", "/contracts/0", 404, NotFound },
        { "admin", "GET", "/contracts/99999", 404, NotFound },
        { "admin", "GET", "/contracts/-1/edit", 404, NotFound },
        { "admin", "GET", "/sha/XXX", 404, NotFound },
        { "admin", "GET", "/pct/XXX", 404, NotFound },
        { "admin", "GET", "/pilots/-5", 404, NotFound },
        { "admin", "GET", "/pilots/0", 404, NotFound },
        { "admin", "GET", "/pilots/99999", 404, NotFound },
        { "admin", "GET", "/no-such-page", 404, NotFound },
        { null, "GET", "/no-such-page", 404, NotFound },
        // Forms whose antiforgery token is forged, to an endpoint and to pages.
        { null, "POST", "/account/demo-sign-in", 400, CannotBeUsed },
        { null, "POST", "/signin", 400, CannotBeUsed },
        { "admin", "POST", "/contracts/1/edit", 400, CannotBeUsed },
        { "admin", "POST", "/imports", 400, CannotBeUsed },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_bad_request_gets_its_status_and_a_designed_page_without_a_stack_trace(
        string? demoUser, string method, string path, int status, string explanation)
    {
        using var client = await app.SignedInClientAsync(demoUser);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = "CfDJ8forged",
                ["user"] = "admin",
                ["_handler"] = "edit",
            });
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(explanation), html);
        Assert.Contains("<h1", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
    }

    [Fact]
    public async Task A_return_address_with_a_control_character_signs_in_and_goes_home()
    {
        using var client = app.AnonymousClient();
        var form = await DemoSession.SignInFormAsync(client, "national", returnUrl: "/\u0001england");

        using var signIn = await client.PostAsync("/account/demo-sign-in", form);
        using var afterwards = await client.GetAsync("/england");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}

[Collection(SharedApp.Name)]
public sealed class BadInputInDevelopmentTests(AppFactory app) : BadInputTests(app);

[Collection(ProductionApp.Name)]
public sealed class BadInputInProductionTests(ProductionApp app) : BadInputTests(app);
