namespace NanoClaw.Containers.Agent.Events;

/// <summary>
/// The runner's end closed. <paramref name="MidTurn"/> is true when it left while a turn was
/// running (a crash, not an orderly exit after idle or close). Always the last event.
/// </summary>
public sealed record RunnerDisconnected(bool MidTurn, string Reason) : AgentEvent;
