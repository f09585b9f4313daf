namespace NanoClaw.AgentProtocol;

/// <summary>Runner → host, first line after connecting.</summary>
public sealed record HelloMessage(int ProtocolVersion, string RunnerVersion) : ProtocolMessage;
