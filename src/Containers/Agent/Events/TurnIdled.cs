namespace NanoClaw.Containers.Agent.Events;

/// <summary>The runner finished its turn and waits for a follow-up or close.</summary>
public sealed record TurnIdled : AgentEvent;
