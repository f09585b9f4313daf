namespace NanoClaw.AgentProtocol;

/// <summary>Host → runner (<c>message</c>): a follow-up that joins the running conversation.</summary>
public sealed record FollowUpMessage(string Text) : ProtocolMessage;
