using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Platform.GraphQL.Http;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed,
/// bound from <c>ForwardedHeaders</c>: <c>ForwardedHeaders:KnownProxies</c> (addresses) and
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g. <c>10.244.0.0/16</c>). Only a request that
/// reaches us from one of them has its client address taken from the header (hop by hop, as far
/// as the chain stays within them); from anyone else the header is ignored. With neither set,
/// no header is believed at all.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies, in CIDR notation.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Whether any proxy is trusted.</summary>
    public bool Any => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}

/// <summary>Registers and applies ASP.NET Core's forwarded-headers middleware for the trusted proxies only.</summary>
public static class ForwardedHeadersSetup
{
    /// <summary>Binds <see cref="ForwardedHeadersSettings"/>; a malformed address or network stops the start.</summary>
    public static IServiceCollection AddPlatformForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ForwardedHeadersSettings>()
            .Bind(configuration.GetSection(ForwardedHeadersSettings.SectionName))
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ForwardedHeaders:KnownProxies must hold IP addresses.")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "ForwardedHeaders:KnownNetworks must hold networks in CIDR notation (10.0.0.0/8).")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET trusts loopback by default; here only what is configured counts. No limit on
            // hops: the chain is followed for as long as each hop is a trusted proxy.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = null;
            foreach (var proxy in settings.Value.KnownProxies)
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.Value.KnownNetworks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>
    /// Applies the forwarded headers of trusted proxies; call it first in the pipeline. Does
    /// nothing when none is configured: the middleware, given no proxy, would believe every one.
    /// </summary>
    public static IApplicationBuilder UsePlatformForwardedHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value.Any
            ? app.UseForwardedHeaders()
            : app;
    }
}
