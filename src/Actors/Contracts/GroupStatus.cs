namespace NanoClaw.Actors.Contracts;

/// <summary>One group's state: messages waiting for the agent, and what its run is doing (<c>idle</c>, <c>waiting</c>, <c>running</c>, <c>retrying</c>).</summary>
public sealed record GroupStatus(string Folder, string State, int Pending, string? SessionId, int Retries, string? Engine = null);
