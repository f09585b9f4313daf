namespace NanoClaw.AgentProtocol;

/// <summary>
/// Host → runner: begin a run. The group facts here are for the prompt only; the host never trusts
/// them back — it knows the group from the socket the runner connected to.
/// </summary>
/// <param name="Prompt">The first user turn.</param>
/// <param name="SessionId">The session to resume, or null for a fresh conversation.</param>
/// <param name="ProxyToken">A random per-run token for the model proxy; not a credential upstream.</param>
/// <param name="Engine">Which engine answers: one of <see cref="AgentEngines"/>.</param>
public sealed record StartMessage(
    string Prompt,
    string? SessionId,
    string GroupFolder,
    bool IsMain,
    bool IsScheduledTask,
    string AssistantName,
    string TimeZone,
    ModelSettings Model,
    string ProxyToken,
    string Engine = AgentEngines.Builtin) : ProtocolMessage;
