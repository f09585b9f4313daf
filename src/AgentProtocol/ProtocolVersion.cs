namespace NanoClaw.AgentProtocol;

/// <summary>
/// The version of the host ↔ runner protocol. Both sides send or check it in <c>hello</c>; a runner
/// speaking another version is refused with a clear error instead of being half understood.
/// Bump it whenever a message changes shape incompatibly.
/// </summary>
public static class ProtocolVersion
{
    public const int Current = 1;
}
