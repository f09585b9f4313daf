namespace NanoClaw.AgentProtocol;

/// <summary>Runner → host: the session id to pass in the next <see cref="StartMessage"/> to resume.</summary>
public sealed record SessionMessage(string SessionId) : ProtocolMessage;
