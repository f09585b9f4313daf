namespace NanoClaw.AgentProtocol;

/// <summary>Host → runner: finish the current turn, save the session and exit with code 0.</summary>
public sealed record CloseMessage : ProtocolMessage;
