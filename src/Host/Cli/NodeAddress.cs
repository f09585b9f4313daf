using System.Net;
using NanoClaw.Host.Hosting;
using NanoClaw.Host.Settings;

namespace NanoClaw.Host.Cli;

/// <summary>Where the running node's API is: <c>--url</c>, else <c>http.host</c>:<c>http.port</c> of the configuration the node reads.</summary>
internal static class NodeAddress
{
    public static Uri Resolve(string? url, string? configPath, string workingDirectory)
    {
        if (url is not null)
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var explicitUri) && explicitUri.Scheme is "http" or "https"
                ? explicitUri
                : throw new ArgumentException($"--url must be an http:// or https:// address, not '{url}'");
        }

        var file = NodeConfigurationFile.Locate(configPath, workingDirectory);
        var options = NanoClawSettings.Load(NodeHost.ReadConfiguration(file), file.BaseDirectory);
        return FromHttpOptions(options.Http);
    }

    /// <summary>A node listening on every address is reached on loopback.</summary>
    public static Uri FromHttpOptions(HttpOptions http)
    {
        var host = http.Host;
        if (IPAddress.TryParse(host, out var address))
        {
            host = address.Equals(IPAddress.Any) ? "127.0.0.1"
                : address.Equals(IPAddress.IPv6Any) ? "[::1]"
                : address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]"
                : host;
        }

        return new Uri($"http://{host}:{http.Port}");
    }
}
