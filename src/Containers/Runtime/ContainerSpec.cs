using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Everything needed to create one agent container. Built by <see cref="ContainerSpecFactory"/>,
/// which enforces the isolation rules; <see cref="ContainerSpecMapper"/> checks them again when it
/// turns a spec into an engine request, so a spec altered with <c>with</c> cannot slip past.
/// </summary>
public sealed record ContainerSpec
{
    public required string Name { get; init; }

    public required string RunId { get; init; }

    public required string Image { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    public required string User { get; init; }

    public required string WorkingDirectory { get; init; }

    public required string NetworkMode { get; init; }

    public required long MemoryBytes { get; init; }

    public required long NanoCpus { get; init; }

    public required long PidsLimit { get; init; }

    public required long TmpfsBytes { get; init; }

    public required IReadOnlyList<PlannedMount> Mounts { get; init; }

    /// <summary>Overrides the image's entrypoint; null keeps the agent runner.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Arguments to the entrypoint; null keeps the image's.</summary>
    public IReadOnlyList<string>? Command { get; init; }
}
