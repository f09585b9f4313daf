namespace NanoClaw.AgentProtocol;

/// <summary>Runner → host: the turn is done and the runner waits for a follow-up or <c>close</c>.</summary>
public sealed record IdleMessage : ProtocolMessage;
