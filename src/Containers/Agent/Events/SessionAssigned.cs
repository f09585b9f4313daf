namespace NanoClaw.Containers.Agent.Events;

/// <summary>The runner named the session to resume next time.</summary>
public sealed record SessionAssigned(string SessionId) : AgentEvent;
