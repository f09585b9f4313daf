namespace NanoClaw.Containers.Docker.Models;

/// <summary>Why waiting for a container failed, when it did.</summary>
public sealed record ContainerWaitError(string? Message);
