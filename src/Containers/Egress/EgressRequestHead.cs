using System.Globalization;
using System.Text;

namespace NanoClaw.Containers.Egress;

/// <summary>
/// The head of a request sent to the proxy: <c>CONNECT host:port</c>, or a method with an absolute
/// <c>http://</c> URL. <see cref="OriginHead"/> is the head to send to the site itself: origin-form
/// target, no <c>Proxy-*</c> headers, and <c>Connection: close</c> (one request per connection).
/// </summary>
public sealed record EgressRequestHead(string Method, string Host, int Port, string OriginHead)
{
    /// <summary>Heads larger than this are refused.</summary>
    public const int MaxBytes = 32 * 1024;

    public bool IsTunnel => Method == "CONNECT";

    /// <summary>Parses a head (everything before the blank line); null with the reason when it cannot be used.</summary>
    public static (EgressRequestHead? Head, string? Problem) Parse(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            return (null, "the request line is not 'METHOD target HTTP/1.x'");
        }

        var (method, target, version) = (parts[0], parts[1], parts[2]);
        if (method == "CONNECT")
        {
            var colon = target.LastIndexOf(':');
            return colon > 0 && int.TryParse(target[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
                ? (new EgressRequestHead(method, target[..colon].Trim('[', ']'), port, string.Empty), null)
                : (null, $"CONNECT needs host:port, not '{target}'");
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
        {
            return (null, $"only absolute http:// URLs and CONNECT are proxied, not '{target}'");
        }

        var origin = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{method} {url.PathAndQuery} {version}\r\n");
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var name = line.Split(':', 2)[0].Trim();
            if (!name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase) && !name.Equals("Connection", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("Keep-Alive", StringComparison.OrdinalIgnoreCase))
            {
                origin.Append(line).Append("\r\n");
            }
        }

        origin.Append("Connection: close\r\n\r\n");
        return (new EgressRequestHead(method, url.IdnHost, url.Port, origin.ToString()), null);
    }
}
