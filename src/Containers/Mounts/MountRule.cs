namespace NanoClaw.Containers.Mounts;

/// <summary>The rule an extra mount broke (and was skipped for).</summary>
public enum MountRule
{
    /// <summary>No allowlist file: no extra mounts at all.</summary>
    NoAllowlist,

    /// <summary>The allowlist file is malformed: every extra mount is refused until it is fixed.</summary>
    InvalidAllowlist,

    /// <summary>The container path is empty or absolute.</summary>
    ContainerPathNotRelative,

    /// <summary>The container path contains a <c>..</c> component.</summary>
    ContainerPathTraversal,

    /// <summary>The container path contains <c>:</c> (would inject bind options).</summary>
    ContainerPathColon,

    /// <summary>The host path is not absolute (after <c>~</c> expansion) or has a <c>:</c>.</summary>
    HostPathInvalid,

    /// <summary>The host path (symlinks followed) does not exist.</summary>
    HostPathMissing,

    /// <summary>A component of the host path matches a blocked pattern.</summary>
    BlockedPattern,

    /// <summary>The host path lies under no allowed root.</summary>
    OutsideAllowedRoots,

    /// <summary>The host path is, or contains, the allowlist file itself.</summary>
    ExposesAllowlist,

    /// <summary>Another extra mount of the group already uses the container path.</summary>
    DuplicateContainerPath,
}
