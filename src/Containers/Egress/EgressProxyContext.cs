using System.Net;

namespace NanoClaw.Containers.Egress;

/// <summary>Whose door it is and what holds for it.</summary>
/// <param name="Group">The group whose container has this socket mounted; every record names it.</param>
/// <param name="Resolve">Name resolution (normally <see cref="Dns.GetHostAddressesAsync(string, CancellationToken)"/>); called once per request.</param>
/// <param name="Record">Receives every request's record, allowed or refused.</param>
public sealed record EgressProxyContext(
    string Group,
    EgressRules Rules,
    EgressLimits Limits,
    Func<string, CancellationToken, Task<IPAddress[]>> Resolve,
    Action<EgressRecord> Record,
    TimeProvider Time);
