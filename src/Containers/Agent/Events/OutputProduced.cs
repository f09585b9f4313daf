namespace NanoClaw.Containers.Agent.Events;

/// <summary>The runner produced text for the user.</summary>
public sealed record OutputProduced(string Text) : AgentEvent;
