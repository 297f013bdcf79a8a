using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using ShaOversight.Core.Data;

namespace ShaOversight.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating load balancer the app sees plain HTTP from the balancer. It believes
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> only from the proxies named in
/// <c>ReverseProxy:KnownProxies</c> (addresses) and <c>ReverseProxy:KnownNetworks</c> (CIDR
/// ranges), besides loopback, so the session cookie is marked Secure and HSTS is sent for the
/// user's HTTPS request, and nobody else can claim HTTPS or an address.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    public static void AddReverseProxySettings(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = ReadEach<IPAddress>(configuration, $"{Section}:KnownProxies", "an IP address such as 10.0.0.4");
        var networks = ReadEach<System.Net.IPNetwork>(configuration, $"{Section}:KnownNetworks", "a CIDR range such as 10.0.0.0/24");
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Not X-Forwarded-Host: the Host header is what the balancer was asked for, and a
            // forwarded host would let a client choose the origin the hub check compares with.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
    }

    /// <summary>Each entry of a list setting (<c>ReverseProxy__KnownProxies__0</c> in the environment); a bad one stops start-up naming it.</summary>
    private static List<T> ReadEach<T>(IConfiguration configuration, string key, string expected) where T : IParsable<T> =>
        configuration.GetSection(key).GetChildren()
            .Where(child => !string.IsNullOrWhiteSpace(child.Value))
            .Select(child => SettingsException.Read(configuration, child.Path, default(T)!, expected))
            .ToList();
}
