namespace NanoClaw.AgentProtocol;

/// <summary>Runner → host: text for the user, sent as soon as the model has produced it.</summary>
public sealed record OutputMessage(string Text) : ProtocolMessage;
