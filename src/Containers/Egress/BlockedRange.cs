using System.Net;

namespace NanoClaw.Containers.Egress;

/// <summary>An address range agents may never reach, with the name a refusal gives it.</summary>
public sealed record BlockedRange(IPNetwork Network, string Name)
{
    /// <summary>
    /// Loopback, private, link-local, carrier-grade NAT, unspecified, multicast, reserved and
    /// benchmark ranges of IPv4 and IPv6, and the cloud metadata addresses (checked first, so a
    /// refusal names them rather than the wider link-local range).
    /// </summary>
    public static IReadOnlyList<BlockedRange> Defaults { get; } =
    [
        new(IPNetwork.Parse("169.254.169.254/32"), "cloud metadata address"),
        new(IPNetwork.Parse("fd00:ec2::254/128"), "cloud metadata address"),
        new(IPNetwork.Parse("100.100.100.200/32"), "cloud metadata address"),
        new(IPNetwork.Parse("0.0.0.0/8"), "unspecified address"),
        new(IPNetwork.Parse("10.0.0.0/8"), "private network"),
        new(IPNetwork.Parse("100.64.0.0/10"), "carrier-grade NAT range"),
        new(IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        new(IPNetwork.Parse("169.254.0.0/16"), "link-local address"),
        new(IPNetwork.Parse("172.16.0.0/12"), "private network"),
        new(IPNetwork.Parse("192.0.0.0/24"), "reserved range"),
        new(IPNetwork.Parse("192.168.0.0/16"), "private network"),
        new(IPNetwork.Parse("198.18.0.0/15"), "benchmark range"),
        new(IPNetwork.Parse("224.0.0.0/4"), "multicast address"),
        new(IPNetwork.Parse("240.0.0.0/4"), "reserved range"),
        new(IPNetwork.Parse("::/128"), "unspecified address"),
        new(IPNetwork.Parse("::1/128"), "loopback"),
        new(IPNetwork.Parse("64:ff9b:1::/48"), "private network"),
        new(IPNetwork.Parse("fc00::/7"), "private network"),
        new(IPNetwork.Parse("fe80::/10"), "link-local address"),
        new(IPNetwork.Parse("ff00::/8"), "multicast address"),
    ];
}
