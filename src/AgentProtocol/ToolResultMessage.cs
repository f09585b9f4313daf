namespace NanoClaw.AgentProtocol;

/// <summary>Host → runner: the answer to a <see cref="ToolRequestMessage"/>; errors are results too.</summary>
public sealed record ToolResultMessage(string RequestId, string Content, bool IsError) : ProtocolMessage;
