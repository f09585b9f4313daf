namespace NanoClaw.Containers.Docker.Models;

/// <summary>The engine's answer to a create: the new container's id and any warnings.</summary>
public sealed record ContainerCreateResponse(string Id, IReadOnlyList<string>? Warnings);
