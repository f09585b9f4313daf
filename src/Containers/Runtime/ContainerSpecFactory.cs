using System.Text.RegularExpressions;
using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Runtime;

/// <summary>
/// Builds a group's <see cref="ContainerSpec"/>: validated name, install/group/run labels,
/// environment limited to <c>TZ</c> and allowed settings, the non-root user, network none unless
/// configured otherwise, resource limits from <see cref="ContainerOptions"/>, and the group's
/// folder as working directory.
/// </summary>
public static partial class ContainerSpecFactory
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NetworkNamePattern();

    /// <exception cref="ArgumentException">A fact or option breaks a rule; the message names it.</exception>
    public static ContainerSpec Create(GroupContainerFacts facts, ContainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        var name = ContainerName.For(facts.Folder, facts.RunId);
        ContainerName.ValidateInstallId(facts.InstallId);
        ValidateNetworkMode(options.NetworkMode);
        ValidateLimits(options);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(facts.TimeZone, out _))
        {
            throw new ArgumentException($"time zone '{facts.TimeZone}' is not a known IANA zone", nameof(facts));
        }

        var environment = new Dictionary<string, string>(facts.Settings ?? new Dictionary<string, string>(), StringComparer.Ordinal)
        {
            ["TZ"] = facts.TimeZone,
        };
        ContainerEnvironment.Validate(environment);

        return new ContainerSpec
        {
            Name = name,
            RunId = facts.RunId,
            Image = options.Image,
            Labels = new Dictionary<string, string>
            {
                [ContainerLabels.Install] = facts.InstallId,
                [ContainerLabels.Group] = facts.Folder,
                [ContainerLabels.Run] = facts.RunId,
            },
            Environment = environment,
            User = options.User,
            WorkingDirectory = GroupMountPlanner.GroupPath,
            NetworkMode = options.NetworkMode,
            MemoryBytes = options.MemoryBytes,
            NanoCpus = (long)Math.Round(options.Cpus * 1e9),
            PidsLimit = options.PidsLimit,
            TmpfsBytes = options.TmpfsBytes,
            Mounts = facts.Mounts,
        };
    }

    internal static void ValidateNetworkMode(string mode)
    {
        if (mode is "host" or "bridge" || mode.StartsWith("container:", StringComparison.Ordinal) || !NetworkNamePattern().IsMatch(mode))
        {
            throw new ArgumentException(
                $"network mode '{mode}' is not allowed: use none (the default) or a user-defined network's name", nameof(mode));
        }
    }

    private static void ValidateLimits(ContainerOptions options)
    {
        if (options.MemoryBytes < 16L << 20 || options.Cpus <= 0 || options.PidsLimit < 16 || options.TmpfsBytes <= 0)
        {
            throw new ArgumentException(
                $"container limits out of range: memory {options.MemoryBytes} (min 16 MiB), cpus {options.Cpus} (> 0), pids {options.PidsLimit} (min 16), tmpfs {options.TmpfsBytes} (> 0)",
                nameof(options));
        }
    }
}
