using NanoClaw.Containers.Mounts;

namespace NanoClaw.Containers.Runtime;

/// <summary>What the host knows about a group when it starts a container for it.</summary>
/// <param name="Folder">The group's folder name (validated; part of the container name).</param>
/// <param name="IsMain">Whether this is the main (trusted) group.</param>
/// <param name="InstallId">This node's install id; scopes orphan cleanup.</param>
/// <param name="RunId">Unique per run, lower-case letters and digits (e.g. a timestamp); part of the container name.</param>
/// <param name="TimeZone">IANA time zone passed as <c>TZ</c>.</param>
/// <param name="Mounts">The group's planned mounts (see <see cref="GroupMountPlanner"/>).</param>
/// <param name="Settings">Non-secret runner settings; only keys on <see cref="ContainerEnvironment.AllowedKeys"/> pass.</param>
public sealed record GroupContainerFacts(
    string Folder,
    bool IsMain,
    string InstallId,
    string RunId,
    string TimeZone,
    IReadOnlyList<PlannedMount> Mounts,
    IReadOnlyDictionary<string, string>? Settings = null);
