using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Gongkai.Web.Operations;

/// <summary>
/// Behind a reverse proxy (docs/deployment.md), <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are taken from the
/// proxies named in <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR),
/// comma-separated — and from nobody else, so a client cannot claim another address to escape its rate limit. Without
/// either setting the headers are ignored.
/// </summary>
public static class ReverseProxy
{
    public static void AddForwardedHeadersFromProxies(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, c) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var a in List(c["ForwardedHeaders:KnownProxies"]))
                o.KnownProxies.Add(IPAddress.TryParse(a, out var ip) ? ip : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies：“{a}”不是 IP 地址"));
            foreach (var n in List(c["ForwardedHeaders:KnownNetworks"]))
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(n, out var net) ? net : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks：“{n}”不是网段（如 10.0.0.0/8）"));
        });
    }

    public static IApplicationBuilder UseForwardedHeadersFromProxies(this WebApplication app)
    {
        var c = app.Configuration;
        return List(c["ForwardedHeaders:KnownProxies"]).Length + List(c["ForwardedHeaders:KnownNetworks"]).Length == 0 ? app : app.UseForwardedHeaders();
    }

    private static string[] List(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
