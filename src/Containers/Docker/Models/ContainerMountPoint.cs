namespace NanoClaw.Containers.Docker.Models;

/// <summary>A mount of a container as the engine reports it.</summary>
public sealed record ContainerMountPoint(string? Type, string? Source, string? Destination, bool Rw);
