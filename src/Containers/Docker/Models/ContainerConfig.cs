namespace NanoClaw.Containers.Docker.Models;

/// <summary>A container's configuration as the engine reports it.</summary>
public sealed record ContainerConfig(
    string? Image,
    string? User,
    string? WorkingDir,
    IReadOnlyList<string>? Env,
    IReadOnlyList<string>? Cmd,
    IReadOnlyList<string>? Entrypoint,
    IReadOnlyDictionary<string, string>? Labels,
    bool Tty);
