namespace NanoClaw.Containers.Docker.Models;

/// <summary>The engine's <c>GET /containers/{id}/json</c> answer (the fields we use).</summary>
public sealed record ContainerInspect(
    string Id,
    string? Name,
    string? Image,
    ContainerState? State,
    ContainerConfig? Config,
    HostConfig? HostConfig,
    IReadOnlyList<ContainerMountPoint>? Mounts);
