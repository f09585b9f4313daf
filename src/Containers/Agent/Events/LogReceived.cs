namespace NanoClaw.Containers.Agent.Events;

/// <summary>A diagnostic line from the runner.</summary>
public sealed record LogReceived(string Level, string Message) : AgentEvent;
