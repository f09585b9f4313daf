namespace NanoClaw.Containers.Docker.Models;

/// <summary>An image's run configuration as the engine reports it.</summary>
public sealed record ImageConfig(
    string? User,
    string? WorkingDir,
    IReadOnlyList<string>? Entrypoint,
    IReadOnlyList<string>? Cmd,
    IReadOnlyList<string>? Env,
    IReadOnlyDictionary<string, string>? Labels);
