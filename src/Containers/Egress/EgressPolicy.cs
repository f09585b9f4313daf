using System.Net;
using System.Net.Sockets;

namespace NanoClaw.Containers.Egress;

/// <summary>
/// Decides whether a connection may leave, before it is made: the port, the host patterns, then
/// every address the name resolved to. Any blocked address refuses the whole name (a name that
/// resolves to both a public and a private address is how rebinding tricks start), unless an
/// <see cref="EgressRules.AllowPrivate"/> range covers it. The caller connects to the address the
/// decision names, so the name is never resolved a second time.
/// </summary>
public static class EgressPolicy
{
    public static EgressDecision Check(EgressRules rules, string host, int port, IReadOnlyList<IPAddress> resolved)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(resolved);
        var name = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (!rules.Ports.Contains(port))
        {
            return EgressDecision.Refuse($"port {port} is not allowed (allowed: {string.Join(", ", rules.Ports.Order())})");
        }

        if (rules.Deny.FirstOrDefault(pattern => Matches(pattern, name)) is { } denied)
        {
            return EgressDecision.Refuse($"{name} is on the denylist ({denied})");
        }

        if (rules.Allow.Count > 0 && !rules.Allow.Any(pattern => Matches(pattern, name)))
        {
            return EgressDecision.Refuse($"{name} is not on the allowlist");
        }

        if (resolved.Count == 0)
        {
            return EgressDecision.Refuse($"{name} did not resolve to any address");
        }

        foreach (var address in resolved)
        {
            if (Blocked(rules, address) is { } reason)
            {
                return EgressDecision.Refuse(IPAddress.TryParse(name, out _)
                    ? $"{address} is never reached ({reason})"
                    : $"{name} resolves to {address}, which is never reached ({reason})");
            }
        }

        return EgressDecision.Allow(resolved[0]);
    }

    /// <summary>Why <paramref name="address"/> may not be reached, or null.</summary>
    public static string? Blocked(EgressRules rules, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(address);
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (rules.AllowPrivate.Any(range => range.Contains(plain)))
        {
            return null;
        }

        if (rules.HostAddresses.Contains(plain))
        {
            return "address of this host";
        }

        return BlockedRange.Defaults.FirstOrDefault(range => range.Network.Contains(plain))?.Name
            ?? (plain.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6 ? null : "address of an unknown family");
    }

    private static bool Matches(string pattern, string host)
    {
        var normalized = pattern.Trim().TrimEnd('.').ToLowerInvariant();
        if (normalized.StartsWith("*.", StringComparison.Ordinal))
        {
            return host.EndsWith(normalized[1..], StringComparison.Ordinal);
        }

        return host == normalized || host.EndsWith("." + normalized, StringComparison.Ordinal);
    }
}
