namespace NanoClaw.Containers.Docker.Models;

/// <summary>The engine's answer to <c>POST /containers/{id}/wait</c>.</summary>
public sealed record ContainerWaitResponse(long StatusCode, ContainerWaitError? Error);
