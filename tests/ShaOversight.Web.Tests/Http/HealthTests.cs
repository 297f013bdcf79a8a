using System.Net;
using ShaOversight.Web.Tests.Infrastructure;

namespace ShaOversight.Web.Tests.Http;

public sealed class HealthTests
{
    [Fact]
    public async Task Readiness_checks_the_database_and_reports_the_seeded_organisations()
    {
        await using var app = new AppFactory();
        using var client = app.AnonymousClient();

        var ready = await client.GetStringAsync("/health/ready");

        Assert.StartsWith("Healthy", ready);
        Assert.Contains("163 organisations", ready);
    }

    [Fact]
    public async Task An_unreachable_sql_server_leaves_the_app_live_but_not_ready()
    {
        await using var app = new AppFactory()
            .With("Database:Provider", "SqlServer")
            .With("ConnectionStrings:ShaOversight", "Server=127.0.0.1,1;Database=ShaOversight;Connect Timeout=1;Encrypt=false");
        using var client = app.AnonymousClient();

        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.StartsWith("Unhealthy", body);
        Assert.Contains("cannot be reached", body);
    }
}
