using NanoClaw.Containers.Docker.Models;
using Engine = Docker.DotNet.Models;
using HostConfig = NanoClaw.Containers.Docker.Models.HostConfig;

namespace NanoClaw.Containers.Docker;

/// <summary>Between the node's small engine models and Docker.DotNet's.</summary>
internal static class EngineModels
{
    public static Engine.CreateContainerParameters ToCreate(ContainerCreateRequest request, string? name) => new()
    {
        Name = name,
        Image = request.Image,
        Entrypoint = request.Entrypoint?.ToList(),
        Cmd = request.Cmd?.ToList(),
        Env = request.Env?.ToList(),
        User = request.User ?? string.Empty,
        WorkingDir = request.WorkingDir ?? string.Empty,
        Labels = request.Labels?.ToDictionary(),
        Tty = request.Tty,
        AttachStdout = request.AttachStdout,
        AttachStderr = request.AttachStderr,
        NetworkDisabled = request.NetworkDisabled,
        HostConfig = request.HostConfig is { } host ? ToHost(host) : null,
    };

    public static ContainerInspect FromInspect(Engine.ContainerInspectResponse inspect) => new(
        inspect.ID,
        inspect.Name,
        inspect.Image,
        inspect.State is { } state
            ? new ContainerState(state.Status, state.Running, state.OOMKilled, state.ExitCode, state.Error, state.StartedAt, state.FinishedAt)
            : null,
        inspect.Config is { } config
            ? new ContainerConfig(config.Image, config.User, config.WorkingDir, List(config.Env), List(config.Cmd), List(config.Entrypoint), Map(config.Labels), config.Tty)
            : null,
        inspect.HostConfig is { } host ? FromHost(host) : null,
        inspect.Mounts?.Select(m => new ContainerMountPoint(m.Type, m.Source, m.Destination, m.RW)).ToList());

    public static ContainerSummary FromSummary(Engine.ContainerListResponse summary) =>
        new(summary.ID, List(summary.Names), summary.Image, summary.State, summary.Status, Map(summary.Labels));

    public static ImageInspect FromImage(Engine.ImageInspectResponse image) => new(
        image.ID,
        List(image.RepoTags),
        image.Created?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        image.Size,
        image.Config is { } config
            ? new ImageConfig(config.User, config.WorkingDir, List(config.Entrypoint), List(config.Cmd), List(config.Env), Map(config.Labels))
            : null);

    private static Engine.HostConfig ToHost(HostConfig host) => new()
    {
        Binds = host.Binds?.ToList(),
        Mounts = host.Mounts?.Select(m => new Engine.Mount { Target = m.Target, Source = m.Source, Type = m.Type, ReadOnly = m.ReadOnly }).ToList(),
        NetworkMode = host.NetworkMode ?? string.Empty,
        Memory = host.Memory ?? 0,
        MemorySwap = host.MemorySwap ?? 0,
        NanoCPUs = host.NanoCpus ?? 0,
        PidsLimit = host.PidsLimit,
        CapDrop = host.CapDrop?.ToList(),
        CapAdd = host.CapAdd?.ToList(),
        SecurityOpt = host.SecurityOpt?.ToList(),
        ReadonlyRootfs = host.ReadonlyRootfs ?? false,
        Tmpfs = host.Tmpfs?.ToDictionary(),
        AutoRemove = host.AutoRemove ?? false,
        Init = host.Init,
    };

    private static HostConfig FromHost(Engine.HostConfig host) => new()
    {
        Binds = List(host.Binds),
        Mounts = host.Mounts?.Select(m => new MountSpec(m.Target ?? string.Empty, m.Source ?? string.Empty, m.Type ?? "bind", m.ReadOnly ?? false)).ToList(),
        NetworkMode = host.NetworkMode,
        Memory = host.Memory,
        MemorySwap = host.MemorySwap,
        NanoCpus = host.NanoCPUs,
        PidsLimit = host.PidsLimit,
        CapDrop = List(host.CapDrop),
        CapAdd = List(host.CapAdd),
        SecurityOpt = List(host.SecurityOpt),
        ReadonlyRootfs = host.ReadonlyRootfs,
        Tmpfs = Map(host.Tmpfs),
        AutoRemove = host.AutoRemove,
        Init = host.Init,
    };

    private static List<string>? List(IEnumerable<string>? values) => values?.ToList();

    private static Dictionary<string, string>? Map(IDictionary<string, string>? values) => values?.ToDictionary();
}
