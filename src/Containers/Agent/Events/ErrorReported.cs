namespace NanoClaw.Containers.Agent.Events;

/// <summary>The runner reported a failure; the turn is over.</summary>
public sealed record ErrorReported(string Message, bool Retryable) : AgentEvent;
