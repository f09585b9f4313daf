namespace NanoClaw.Containers.Agent.Events;

/// <summary>Something the runner did or that happened to the connection, in the order it happened.</summary>
public abstract record AgentEvent;
