namespace NanoClaw.AgentProtocol;

/// <summary>Runner → host: a diagnostic line for the per-run log (<c>debug</c>, <c>info</c>, <c>warn</c>, <c>error</c>).</summary>
public sealed record LogMessage(string Level, string Message) : ProtocolMessage;
