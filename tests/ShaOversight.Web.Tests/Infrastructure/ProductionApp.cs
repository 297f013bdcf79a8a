using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ShaOversight.Web.Tests.Infrastructure;

/// <summary>
/// The app as production runs it: Production environment, behind a load balancer at
/// <see cref="ProxyAddress"/>, with one extra origin allowed to reach the Blazor hub. Demo
/// sign-in is explicitly allowed so the tests can sign in.
/// </summary>
public sealed class ProductionApp : AppFactory
{
    public const string Name = "Production app";
    public const string ProxyAddress = "10.20.30.40";
    public const string PortalOrigin = "https://portal.example.nhs.uk";

    /// <summary>Test-only: the address the request seems to come from, as a real connection would give it.</summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    public ProductionApp()
    {
        Environment = "Production";
        With("DemoSignIn:Enabled", "true");
        With("DemoSignIn:AllowOutsideDevelopment", "true");
        With("ReverseProxy:KnownProxies:0", ProxyAddress);
        With("Circuits:AllowedOrigins:0", PortalOrigin);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
    }

    /// <summary>The in-memory test server has no connection address; this gives it one, ahead of the app's own pipeline.</summary>
    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteAddressHeader], out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(ProductionApp.Name)]
public sealed class ProductionAppCollection : ICollectionFixture<ProductionApp>;
