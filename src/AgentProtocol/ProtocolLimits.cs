namespace NanoClaw.AgentProtocol;

/// <summary>Limits both sides enforce on the wire.</summary>
public static class ProtocolLimits
{
    /// <summary>
    /// The longest line either side accepts, without its newline. The default is 1 MiB: large
    /// enough for any tool result the runner caps, small enough that a runaway peer cannot make
    /// the other side buffer without bound.
    /// </summary>
    public const int MaxLineBytes = 1024 * 1024;
}
