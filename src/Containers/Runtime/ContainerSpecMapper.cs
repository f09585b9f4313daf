using System.Globalization;
using NanoClaw.Containers.Docker.Models;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Turns a spec into the engine's create request, with the isolation that never varies: all
/// capabilities dropped, no-new-privileges, read-only root with a tmpfs <c>/tmp</c>, no swap, and
/// bind mounts through the Mounts API (which refuses a missing source instead of creating it).
/// </summary>
public static class ContainerSpecMapper
{
    public static ContainerCreateRequest ToCreateRequest(ContainerSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ContainerEnvironment.Validate(spec.Environment);
        ContainerSpecFactory.ValidateNetworkMode(spec.NetworkMode);
        return new ContainerCreateRequest
        {
            Image = spec.Image,
            Entrypoint = spec.Entrypoint,
            Cmd = spec.Command,
            Env = [.. spec.Environment.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")],
            User = spec.User,
            WorkingDir = spec.WorkingDirectory,
            Labels = spec.Labels,
            HostConfig = new HostConfig
            {
                NetworkMode = spec.NetworkMode,
                Memory = spec.MemoryBytes,
                MemorySwap = spec.MemoryBytes,
                NanoCpus = spec.NanoCpus,
                PidsLimit = spec.PidsLimit,
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges:true"],
                ReadonlyRootfs = true,
                Tmpfs = new Dictionary<string, string>
                {
                    ["/tmp"] = string.Create(CultureInfo.InvariantCulture, $"rw,nosuid,nodev,size={spec.TmpfsBytes}"),
                },
                Mounts = [.. spec.Mounts.Select(m => new MountSpec(m.ContainerPath, m.HostPath, ReadOnly: m.ReadOnly))],
                Init = true,
            },
        };
    }
}
