namespace NanoClaw.Containers.Docker.Models;

/// <summary>The body of every engine error: <c>{"message": "..."}</c>.</summary>
public sealed record EngineError(string? Message);
