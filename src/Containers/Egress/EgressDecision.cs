using System.Net;

namespace NanoClaw.Containers.Egress;

/// <summary>
/// What the policy says about one connection: the checked address to connect to (never resolve
/// again), or the rule that refused it, phrased for the agent to pass on.
/// </summary>
public sealed record EgressDecision(IPAddress? Address, string? Refusal)
{
    public bool Allowed => Address is not null;

    public static EgressDecision Allow(IPAddress address) => new(address, null);

    public static EgressDecision Refuse(string refusal) => new(null, refusal);
}
