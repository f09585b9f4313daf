using System.Net;

namespace NanoClaw.Containers.Egress;

/// <summary>
/// The rules one group's traffic is held to. Host patterns: <c>example.com</c> matches the name and
/// every name under it; <c>*.example.com</c> only the names under it. An empty allowlist allows any
/// host the denylist does not name.
/// </summary>
/// <param name="Ports">The ports a connection may go to (80 and 443 by default).</param>
/// <param name="AllowPrivate">Ranges exempt from the blocked ranges (tests use it for their loopback site).</param>
/// <param name="Allow">Host patterns a connection must match, when any are given.</param>
/// <param name="Deny">Host patterns never reached.</param>
/// <param name="HostAddresses">The host's own addresses, refused like the blocked ranges.</param>
public sealed record EgressRules(
    IReadOnlySet<int> Ports,
    IReadOnlyList<IPNetwork> AllowPrivate,
    IReadOnlyList<string> Allow,
    IReadOnlyList<string> Deny,
    IReadOnlySet<IPAddress> HostAddresses)
{
    public static EgressRules Default { get; } = new(
        new HashSet<int> { 80, 443 }, [], [], [], new HashSet<IPAddress>());
}
