namespace NanoClaw.Containers.Docker.Models;

/// <summary>The host side of a container: mounts, limits, isolation.</summary>
public sealed record HostConfig
{
    /// <summary><c>host:container[:ro]</c> strings.</summary>
    public IReadOnlyList<string>? Binds { get; init; }

    public IReadOnlyList<MountSpec>? Mounts { get; init; }

    /// <summary><c>none</c>, <c>bridge</c>, <c>host</c> or a network's name.</summary>
    public string? NetworkMode { get; init; }

    /// <summary>Bytes; 0 means unlimited.</summary>
    public long? Memory { get; init; }

    /// <summary>Memory plus swap in bytes; equal to <see cref="Memory"/> forbids swap.</summary>
    public long? MemorySwap { get; init; }

    /// <summary>CPU quota in units of 10⁻⁹ CPUs.</summary>
    public long? NanoCpus { get; init; }

    public long? PidsLimit { get; init; }

    public IReadOnlyList<string>? CapDrop { get; init; }

    public IReadOnlyList<string>? CapAdd { get; init; }

    /// <summary>e.g. <c>no-new-privileges:true</c>.</summary>
    public IReadOnlyList<string>? SecurityOpt { get; init; }

    public bool? ReadonlyRootfs { get; init; }

    /// <summary>Container path → mount options, e.g. <c>/tmp</c> → <c>rw,noexec,size=64m</c>.</summary>
    public IReadOnlyDictionary<string, string>? Tmpfs { get; init; }

    public bool? AutoRemove { get; init; }

    public bool? Init { get; init; }
}
